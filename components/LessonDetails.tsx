import { browser } from 'wxt/browser';
import { LESSON_PAGE } from '../lib/coach/rules/types';
import { lessonFor, type Lesson } from '../lib/lessons/lessons';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';

/** A rule's short lesson, folded: why it matters and a before/after. */
export function LessonDetails({ id }: { id: string }) {
  const lesson = lessonFor(id);
  return (
    <details className="lesson">
      <summary {...{ [NAV_ATTRIBUTE]: '' }}>Lesson: {lesson.title}</summary>
      <p>{lesson.why}</p>
      <BeforeAfter lesson={lesson} />
      <a href={`${browser.runtime.getURL(LESSON_PAGE)}#${lesson.id}`} target="_blank" rel="noreferrer">
        All lessons
      </a>
    </details>
  );
}

/** A lesson's before and after, as the panel and the lessons page show it. */
export function BeforeAfter({ lesson }: { lesson: Lesson }) {
  return (
    <dl className="before-after">
      <dt>Before</dt>
      <dd>{lesson.before}</dd>
      <dt>After</dt>
      <dd>{lesson.after}</dd>
    </dl>
  );
}
