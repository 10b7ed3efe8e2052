/** The lessons page findings link to: one entry per check and rule, anchored by its id. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { LessonDetails } from '../../components/LessonDetails';
import { LessonsPage } from '../../components/LessonsPage';
import { RULES } from '../../lib/coach/rules';
import { CHECK_LESSONS, lessonFor } from '../../lib/lessons/lessons';

afterEach(cleanup);

test('every rule and check has an entry whose anchor is its id', () => {
  const { container } = render(<LessonsPage />);
  const ids = [...Object.keys(CHECK_LESSONS), ...RULES.map((rule) => rule.id)];
  for (const id of ids) {
    const entry = container.querySelector(`[id="${id}"]`);
    expect(entry, id).not.toBeNull();
    expect(entry?.textContent).toContain(lessonFor(id).title);
    expect(entry?.textContent).toContain(lessonFor(id).after);
  }
  expect(container.querySelectorAll('article.lesson-entry')).toHaveLength(ids.length);
});

test('a finding’s lesson links to its entry on the lessons page', () => {
  render(<LessonDetails id="tone/blame" />);
  const link = screen.getByRole('link', { name: 'All lessons' });
  expect(link.getAttribute('href')).toMatch(/\/lessons\.html#tone\/blame$/);
});
