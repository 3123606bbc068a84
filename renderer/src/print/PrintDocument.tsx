import type { ReactNode } from 'react';
import { PLAN_SECTIONS, type PlanExportOptions, type PlanSection } from '@shared/domain/plan-export';
import { PrintScope } from '../charts/use-chart-theme';
import type { PlanDocument } from '@shared/domain/plan-document';
import { CoverSection, SummarySection } from './CoverAndSummary';
import { EarningsSection, SourcesSection } from './EarningsAndSources';
import { GoalsSection } from './GoalsSection';
import { RoadmapSection } from './RoadmapSection';
import { ProgressSection, SkillsSection } from './SkillsAndProgress';
import './print.css';

interface PrintDocumentProps {
  data: PlanDocument;
  options: PlanExportOptions;
  /** The cover title's heading level: 1 when printed alone, 2 in the Plan screen's preview. */
  titleLevel?: 1 | 2;
}

/** The career plan as printed: the print route renders it alone; the Plan screen shows it as its preview. */
export function PrintDocument({ data, options, titleLevel = 1 }: PrintDocumentProps) {
  const today = data.stats.today;
  const render: Record<PlanSection, () => ReactNode> = {
    cover: () => <CoverSection data={data} today={today} titleLevel={titleLevel} />,
    summary: () => <SummarySection data={data} today={today} />,
    goals: () => <GoalsSection data={data} />,
    roadmap: () => <RoadmapSection data={data} />,
    skills: () => <SkillsSection data={data} />,
    progress: () => <ProgressSection data={data} />,
    earnings: () => <EarningsSection data={data} scenarioIds={options.scenarioIds} />,
    sources: () => <SourcesSection data={data} scenarioIds={options.scenarioIds} />,
  };
  return (
    <PrintScope.Provider value={true}>
      <article className={`print-document paper-${options.paper}`} aria-label="Career plan">
        {PLAN_SECTIONS.filter((s) => options.sections.includes(s)).map((section) => (
          <div key={section}>{render[section]()}</div>
        ))}
      </article>
    </PrintScope.Provider>
  );
}
