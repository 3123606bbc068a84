import { useId, type CSSProperties, type ReactNode } from 'react';
import './progress-charts.css';

/** The numbers behind a chart, as a table for screen readers: the first cell of each row is its header. */
export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
}

/** What a drawn chart's canvas needs to be announced: spread onto the chart.js component. */
export interface CanvasLabel {
  role: 'img';
  'aria-label': string;
}

interface ChartFigureProps {
  /** One sentence saying what the chart shows; the canvas's name and the figure's caption. */
  summary: string;
  /** The chart's numbers, when the page has no table of them already. */
  table?: ChartTable;
  /** Size of the drawing area: the canvas fills it. */
  boxClassName?: string;
  boxStyle?: CSSProperties;
  /** A drawn chart gets the canvas label; a chart made of HTML (the study calendar) ignores it. */
  children(canvas: CanvasLabel): ReactNode;
}

/**
 * Every chart is a figure: the drawing, a caption that says in words what it shows, and its
 * numbers as a table, so the chart can be read without seeing it.
 */
export function ChartFigure({ summary, table, boxClassName, boxStyle, children }: ChartFigureProps) {
  const captionId = useId();
  return (
    // Named from its caption explicitly: not every accessibility tree derives it from <figcaption>.
    <figure className="chart" aria-labelledby={captionId}>
      <div className={boxClassName ?? 'chart-box'} style={boxStyle}>
        {children({ role: 'img', 'aria-label': summary })}
      </div>
      <figcaption id={captionId} className="visually-hidden">
        {summary}
      </figcaption>
      {table ? (
        <table className="visually-hidden">
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
