/** All personal data as one versioned JSON file: exported, and imported back (replace or merge). */
export function PersonalDataSection() {
  return (
    <section className="card" aria-labelledby="settings-personal-data">
      <h2 id="settings-personal-data">Personal data file</h2>
    </section>
  );
}
