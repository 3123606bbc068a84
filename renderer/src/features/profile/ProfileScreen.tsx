import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { ProfileForm } from './ProfileForm';

export function ProfileScreen() {
  const loaded = useAppStore((s) => s.profileLoaded && s.occupations !== null);
  const loadProfile = useAppStore((s) => s.loadProfile);
  const loadOccupations = useAppStore((s) => s.loadOccupations);

  const load = useLoad(loadProfile, loadOccupations);

  return (
    <Page title="Profile" intro="Where you are today. Salary comparisons, goals and projections start from here.">
      <Loadable load={load} data={loaded || null} what="your profile">
        {() => <ProfileForm />}
      </Loadable>
    </Page>
  );
}
