import { Page } from '../../components/Page';
import { BackupsSection } from './BackupsSection';
import { PersonalDataSection } from './PersonalDataSection';

/** Settings → Data: the backups of the database file, and all personal data as one JSON file. */
export function SettingsScreen() {
  return (
    <Page title="Settings" intro="Your data stays on this computer. Back it up, restore it, or move it as one file.">
      <BackupsSection />
      <PersonalDataSection />
    </Page>
  );
}
