import { familyOf } from '../lib/coach/rules/family';
import { BeforeAfter } from './LessonDetails';
import { CHECK_LESSONS, lessonFor, RULE_LESSONS, type Lesson } from '../lib/lessons/lessons';

/** Rule ids grouped by family, in the registry's order. */
function ruleFamilies(): Array<[string, string[]]> {
  const families = new Map<string, string[]>();
  for (const id of RULE_LESSONS.keys()) {
    const family = familyOf(id);
    families.set(family, [...(families.get(family) ?? []), id]);
  }
  return [...families];
}

function LessonEntry({ lesson }: { lesson: Lesson }) {
  return (
    <article id={lesson.id} className="lesson-entry" aria-labelledby={`${lesson.id}-title`}>
      <h3 id={`${lesson.id}-title`}>{lesson.title}</h3>
      <p>{lesson.why}</p>
      <BeforeAfter lesson={lesson} />
      <p className="muted">
        <code>{lesson.id}</code>
      </p>
    </article>
  );
}

/** Every lesson on one page (the page findings link to): what each check and rule asks for, and why. */
export function LessonsPage() {
  return (
    <main className="options lessons">
      <h1>Attune lessons</h1>
      <p className="muted">
        What each check and each rule asks of a reply, why it matters to the customer, and a before and after.
      </p>
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Active listening</h2>
        {Object.values(CHECK_LESSONS).map((lesson) => (
          <LessonEntry key={lesson.id} lesson={lesson} />
        ))}
      </section>
      {ruleFamilies().map(([family, ids]) => (
        <section key={family} aria-labelledby={`family-${family}`}>
          <h2 id={`family-${family}`}>{family[0]!.toUpperCase() + family.slice(1)}</h2>
          {ids.map((id) => (
            <LessonEntry key={id} lesson={lessonFor(id)} />
          ))}
        </section>
      ))}
    </main>
  );
}
