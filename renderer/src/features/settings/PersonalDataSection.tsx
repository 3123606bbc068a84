import { Download, FileUp } from 'lucide-react';
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { SECTION_LABELS, type ImportMode, type PersonalDataImportResult, type PersonalDataPreview, type SectionCounts } from '@shared/domain/personal-data';
import { hasNativeDialogs } from '../../api/files';
import { formatInteger } from '../../format';
import { useAppStore } from '../../store';
import './personal-data.css';

const MODE_TEXT: Record<ImportMode, { title: string; body: string; button: string }> = {
  replace: {
    title: 'Replace all your data?',
    body: 'Everything personal in the app (profile, skills, log, goals, roadmaps, scenarios, ladder edits and imported datasets) is replaced by the file. This cannot be undone; export your data first if you may want it back.',
    button: 'Replace my data',
  },
  merge: {
    title: 'Merge the file into your data?',
    body: 'Only what is not there yet is added: nothing you have is changed or removed. A roadmap whose name you already use comes in as "… (imported)".',
    button: 'Merge',
  },
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function Counts({ counts, label }: { counts: SectionCounts; label: string }) {
  return (
    <dl className="personal-data-counts" aria-label={label}>
      {(Object.keys(SECTION_LABELS) as Array<keyof SectionCounts>).map((key) => (
        <div key={key}>
          <dt>{SECTION_LABELS[key]}</dt>
          <dd>{formatInteger(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

function ChooseFileButton({ onChoose }: { onChoose(file?: File): void }) {
  if (hasNativeDialogs()) {
    return (
      <button type="button" onClick={() => onChoose()}>
        <FileUp size={16} aria-hidden /> Import a file…
      </button>
    );
  }
  return (
    <label className="button file-button">
      <FileUp size={16} aria-hidden /> Import a file…
      <input
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onChoose(file);
        }}
      />
    </label>
  );
}

function Preview({ preview, onChoose }: { preview: PersonalDataPreview; onChoose(mode: ImportMode): void }) {
  const discard = useAppStore((s) => s.discardPersonalDataFile);
  return (
    <div className="personal-data-preview">
      <h3>{preview.fileName}</h3>
      <p className="muted">
        Exported {preview.exportedAt.slice(0, 10)} by Trajectory {preview.appVersion}. It holds:
      </p>
      <Counts counts={preview.counts} label="What the file holds" />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => onChoose('merge')}>
          Merge…
        </button>
        <button type="button" className="danger" onClick={() => onChoose('replace')}>
          Replace…
        </button>
        <button type="button" onClick={() => void discard()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** All personal data as one versioned JSON file: exported, and imported back (replace or merge). */
export function PersonalDataSection() {
  const preview = useAppStore((s) => s.personalDataPreview);
  const exportPersonalData = useAppStore((s) => s.exportPersonalData);
  const choose = useAppStore((s) => s.choosePersonalDataFile);
  const importPersonalData = useAppStore((s) => s.importPersonalData);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<ImportMode | null>(null);
  const [result, setResult] = useState<PersonalDataImportResult | null>(null);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const onExport = () =>
    run(async () => {
      const done = await exportPersonalData();
      if (done.outcome !== 'cancelled') setStatus(`Exported to ${done.fileName}.`);
    });
  const onChoose = (file?: File) =>
    run(async () => {
      setResult(null);
      await choose(file);
    });
  const onConfirm = (mode: ImportMode) => {
    setConfirming(null);
    void run(async () => setResult(await importPersonalData(mode)));
  };

  return (
    <section className="card" aria-labelledby="settings-personal-data" aria-busy={busy}>
      <h2 id="settings-personal-data">Personal data file</h2>
      <p>
        One JSON file with everything you entered: profile, skills (your own, levels, estimates, resources, notes, links), the study and progress log,
        goals, roadmaps, projection scenarios, career ladder edits and the salary data you imported. Import it here or on another computer.
      </p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void onExport()} disabled={busy}>
          <Download size={16} aria-hidden /> Export my data
        </button>
        <ChooseFileButton onChoose={(file) => void onChoose(file)} />
      </div>
      <p role="status" className="muted">
        {busy ? 'Working…' : status}
      </p>
      {error ? (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      ) : null}
      {preview ? <Preview preview={preview} onChoose={setConfirming} /> : null}
      {result ? (
        <div className="personal-data-result" role="region" aria-label="Import result">
          <h3>{result.mode === 'replace' ? 'Your data was replaced by the file' : 'The file was merged into your data'}</h3>
          <Counts counts={result.added} label={result.mode === 'replace' ? 'What your data now holds' : 'What was added'} />
          {result.renamedRoadmaps.length > 0 ? <p>Renamed because the name was taken: {result.renamedRoadmaps.join(', ')}.</p> : null}
        </div>
      ) : null}
      <ModalOverlay className="modal-overlay" isOpen={confirming !== null} onOpenChange={(open) => (open ? undefined : setConfirming(null))} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog" aria-labelledby="personal-data-confirm-title">
            {confirming ? (
              <>
                <Heading slot="title" id="personal-data-confirm-title">
                  {MODE_TEXT[confirming].title}
                </Heading>
                <p>{MODE_TEXT[confirming].body}</p>
                <div className="form-actions">
                  <button type="button" className={confirming === 'replace' ? 'danger' : 'primary'} onClick={() => onConfirm(confirming)}>
                    {MODE_TEXT[confirming].button}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)} autoFocus>
                    Cancel
                  </button>
                </div>
              </>
            ) : null}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </section>
  );
}
