/** Backups of the database file: listed, taken on demand, restored. */
export function BackupsSection() {
  return (
    <section className="card" aria-labelledby="settings-backups">
      <h2 id="settings-backups">Backups</h2>
    </section>
  );
}
