/** Placeholder until "What to learn next" lands: the Projection screen's ranking tab. */
export function LearnNext() {
  return <p>What to learn next is coming.</p>;
}
