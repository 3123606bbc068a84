import { FileUp, X } from 'lucide-react';
import { useState } from 'react';
import { Label, ProgressBar } from 'react-aria-components';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, importFraction, type ColumnMapping, type ImportField, type ImportPreview, type ImportProgress } from '@shared/domain/salary-import';
import { hasNativeDialogs } from '../../api/files';
import { SelectField, TextField } from '../../components/Field';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatInteger, formatSeconds } from '../../format';
import { useAppStore } from '../../store';

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };
const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' };

/** What the import is doing, beside its bar (one bar over all three steps). */
const STEP_TEXT: Record<ImportProgress['phase'], string> = {
  importing: 'step 1 of 3: reading and checking rows',
  sorting: 'step 2 of 3: sorting by pay',
  committing: 'step 3 of 3: saving',
  done: 'saved',
  failed: 'stopping…',
  cancelled: 'cancelling…',
};

/** "Import CSV…": the native dialog in Electron, a file input in the web host. */
export function ImportButton() {
  const chooseImportFile = useAppStore((s) => s.chooseImportFile);
  const reportError = useAppStore((s) => s.reportError);
  if (hasNativeDialogs()) {
    return (
      <button type="button" className="primary" onClick={() => chooseImportFile().catch(reportError)}>
        <FileUp size={16} aria-hidden /> Import CSV…
      </button>
    );
  }
  return (
    <label className="button primary file-button">
      <FileUp size={16} aria-hidden /> Import CSV…
      <input
        type="file"
        accept=".csv,.tsv,.txt,text/csv"
        className="visually-hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) chooseImportFile(file).catch(reportError);
        }}
      />
    </label>
  );
}

function MappingForm({ preview, fileGone, onImport }: { preview: ImportPreview; fileGone: boolean; onImport(request: Parameters<ReturnType<typeof useAppStore.getState>['runImport']>[0]): void }) {
  const [mapping, setMapping] = useState<Partial<Record<ImportField, number>>>(preview.mapping);
  const [name, setName] = useState(preview.fileName.replace(/\.[^.]+$/, ''));
  const [note, setNote] = useState('');
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const columnOptions = preview.header.map((h, i) => ({ value: String(i), label: h || `Column ${i + 1}` }));
  const hasPay = mapping.base !== undefined || mapping.total !== undefined;

  return (
    <form
      className="form import-form"
      onSubmit={(e) => {
        e.preventDefault();
        onImport({ name, note, encoding: preview.encoding, delimiter: preview.delimiter, mapping: mapping as ColumnMapping, allowDuplicate });
      }}
    >
      <fieldset>
        <legend>Map the columns</legend>
        {preview.warnings.map((warning) => (
          <p key={warning} className="notice">
            {warning}
          </p>
        ))}
        <div className="mapping-grid">
          {IMPORT_FIELDS.map((field) => (
            <SelectField
              key={field}
              label={IMPORT_FIELD_LABELS[field]}
              placeholder="— not in the file —"
              value={mapping[field] === undefined ? '' : String(mapping[field])}
              options={columnOptions}
              onChange={(value) => {
                const next = { ...mapping };
                if (value === '') delete next[field];
                else next[field] = Number(value);
                setMapping(next);
              }}
            />
          ))}
        </div>
        {!hasPay ? <p className="field-error">Map base pay or total pay: percentiles need one of them.</p> : null}
        {preview.mappingRemembered ? <p className="field-hint">This mapping is the one you used last time for this header.</p> : null}
      </fieldset>
      <TextField label="Dataset name" value={name} onChange={setName} required maxLength={120} />
      <TextField label="Note (optional)" value={note} onChange={setNote} maxLength={2000} />
      {preview.duplicateOf ? (
        <label className="check notice">
          <input type="checkbox" checked={allowDuplicate} onChange={(e) => setAllowDuplicate(e.target.checked)} />
          This file was already imported as “{preview.duplicateOf.name}”. Import it again anyway.
        </label>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={fileGone || !hasPay || name.trim() === '' || (preview.duplicateOf !== null && !allowDuplicate)}>
          Import {preview.fileName}
        </button>
        {fileGone ? <p className="field-hint">To try again, choose the file again with Import CSV… (after fixing it, if it needs fixing).</p> : null}
      </div>
    </form>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <ScrollRegion label={`First rows of ${preview.fileName}`} className="preview-table">
      <table>
        <caption>
          First rows of {preview.fileName} ({ENCODING_NAMES[preview.encoding]}, {DELIMITER_NAMES[preview.delimiter]}-separated)
        </caption>
        <thead>
          <tr>
            {preview.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, 10).map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The whole import flow: preview and mapping, progress with cancel, errors, the result. */
export function ImportPanel({ onShowDataset }: { onShowDataset(id: string): void }) {
  const state = useAppStore((s) => s.importState);
  const runImport = useAppStore((s) => s.runImport);
  const cancelImport = useAppStore((s) => s.cancelImport);
  const closeImport = useAppStore((s) => s.closeImport);
  const reportError = useAppStore((s) => s.reportError);

  if (state.step === 'idle') return null;
  if (state.step === 'reading') return <p className="muted" role="status">Reading the file…</p>;
  if (state.step === 'done') {
    return (
      <div className="card import-done" role="status">
        <p>
          Imported {formatInteger(state.result.rowCount)} rows as “{state.result.name}” in {formatSeconds(state.result.seconds)}.
        </p>
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => onShowDataset(state.result.datasetId)}>
            Show its bands
          </button>
          <button type="button" onClick={closeImport}>
            Close
          </button>
        </div>
      </div>
    );
  }
  if (state.step === 'importing') {
    const p = state.progress;
    return (
      <div className="card import-progress">
        <ProgressBar value={p ? Math.round(importFraction(p) * 1000) / 10 : 0} className="progress">
          {({ percentage }) => (
            <>
              <Label>Importing {state.preview.fileName}</Label>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
              <span className="muted numeric">
                {formatInteger(p?.rows ?? 0)} rows · {formatInteger(p?.rowsPerSecond ?? 0)} rows/s
                {p ? ` · ${STEP_TEXT[p.phase]} · ${formatSeconds(p.seconds)}` : ''}
              </span>
            </>
          )}
        </ProgressBar>
        <button type="button" onClick={() => cancelImport().catch(reportError)}>
          Cancel import
        </button>
      </div>
    );
  }
  const { preview, problem, issues, fileGone = false } = state;
  return (
    <section className="card import-panel" aria-labelledby="import-title">
      <header className="dataset-header">
        <h2 id="import-title">Import {preview.fileName}</h2>
        <button type="button" className="icon" aria-label="Close import" onClick={closeImport}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {problem ? (
        <div className="banner banner-error import-errors" role="alert">
          <div>
            <p>{problem}</p>
            {issues.length ? (
              <ul>
                {issues.map((issue, i) => (
                  <li key={i}>{issue.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      <PreviewTable preview={preview} />
      <MappingForm preview={preview} fileGone={fileGone} onImport={(request) => runImport(request).catch(reportError)} />
    </section>
  );
}
