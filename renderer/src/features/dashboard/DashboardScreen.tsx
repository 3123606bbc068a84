import { Link } from 'wouter';
import type { Profile } from '@shared/domain/profile';
import { CAREER_LEVEL_LABELS } from '@shared/domain/vocabulary';
import { useAfterPaint } from '../../components/after-paint';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { formatDecimal, formatMoney } from '../../format';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { StandingLine } from '../salary/StandingLine';
import { ProgressCards } from './ProgressCards';
import { StudyCharts, StudyChartsLoading } from './StudyCharts';

function StartWithProfile() {
  return (
    <div className="card empty-state">
      <h2>Start with your profile</h2>
      <p>Tell Trajectory your occupation, where you work and your level; every comparison starts from there.</p>
      <Link href="/profile" className="button primary">
        Fill in your profile
      </Link>
    </div>
  );
}

function WhereYouAre({ profile }: { profile: Profile }) {
  return (
    <div className="card">
      <h2>Where you are</h2>
      <StandingLine bandLoadedByScreen />
      <dl className="facts">
        <dt>Occupation</dt>
        <dd>{profile.occupationTitle}</dd>
        <dt>Area</dt>
        <dd>{profile.areaName}</dd>
        <dt>Level</dt>
        <dd>
          {CAREER_LEVEL_LABELS[profile.careerLevel]}, {formatDecimal(profile.yearsExperience)} years of experience
        </dd>
        <dt>Salary</dt>
        <dd className="numeric">{profile.currentSalary === null ? 'Not given' : formatMoney(profile.currentSalary, profile.currency)}</dd>
        <dt>Learning</dt>
        <dd>
          {formatDecimal(profile.hoursPerWeek)} hours a week, planning {profile.horizonYears} years ahead
        </dd>
      </dl>
      <Link href="/profile">Edit profile</Link>
    </div>
  );
}

export function DashboardScreen() {
  const profile = useAppStore((s) => s.profile);
  const loaded = useAppStore((s) => s.profileLoaded);
  const summaryLoaded = useAppStore((s) => s.dashboard !== null);
  // The profile, the summary and the salary standing come in one answer, drawn in one go.
  const loadFirstScreen = useAppStore((s) => s.loadDashboardFirstScreen);
  const load = useLoad(loadFirstScreen);
  const failed = load.state.status === 'error';
  // The study charts sit below the cards: their data and chart.js are asked for once the cards are
  // on screen, not while the cards' own request is under way. Cards that could not load say so
  // (with Try again); the charts wait for them.
  const cardsShown = useAfterPaint(summaryLoaded && (loaded || failed));
  const cardsFailed = !summaryLoaded && failed;

  return (
    <Page title="Dashboard">
      <div className="stack">
        {/* No profile is a loaded answer (the empty state), not a load still on its way. */}
        <Loadable load={load} data={loaded ? { profile } : null} what="your profile">
          {({ profile }) => (profile ? <WhereYouAre profile={profile} /> : <StartWithProfile />)}
        </Loadable>
        <ProgressCards load={load} />
        {cardsShown ? <StudyCharts /> : cardsFailed ? null : <StudyChartsLoading />}
      </div>
    </Page>
  );
}
