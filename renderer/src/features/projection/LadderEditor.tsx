/** Placeholder until the ladder editor lands: the Projection screen's "Career ladder" tab. */
export function LadderEditor() {
  return <p>The career ladder editor is coming.</p>;
}
