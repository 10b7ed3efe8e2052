/** Served by scripts/vite-plugins.ts (ruleLessons): lib/lessons/from-rules.ts's list, inlined as data in a build. */
declare module 'virtual:attune/rule-lessons' {
  const ruleLessons: readonly import('./lessons').Lesson[];
  export default ruleLessons;
}
