/**
 * The golden customer set's part of `npm run eval`: one table, and with `--errors N` the misses by category.
 */
import { customerErrors, customersTable, evaluateCustomers, loadGolden, type NamedChecker } from './customers';
import { EvalDataError } from './dataset';
import { checkSuggestion } from './self-check-hook';
import { sentenceCheck, type SuggestionChecker } from './sentence-check';

export function suggestionCheckers(engineSelfCheck: SuggestionChecker | null): NamedChecker[] {
  return [
    { name: 'sentence check', check: sentenceCheck },
    ...(engineSelfCheck ? [{ name: 'engine self-check (checkSuggestion)', check: engineSelfCheck }] : []),
  ];
}

export function runCustomerEval(argv: readonly string[]): number {
  const errorsFlag = argv.indexOf('--errors');
  const showErrors = errorsFlag >= 0 ? Number(argv[errorsFlag + 1] ?? 20) : 0;
  let golden;
  try {
    golden = loadGolden();
  } catch (error) {
    if (error instanceof EvalDataError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const engineSelfCheck: SuggestionChecker | null = checkSuggestion;
  const started = performance.now();
  const result = evaluateCustomers(golden, suggestionCheckers(engineSelfCheck));
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nGolden customer set: ${result.messages} real customer messages (tests/fixtures/customers/golden.jsonl), ${seconds.toFixed(1)} s\n`);
  console.log(customersTable(result));
  if (!engineSelfCheck) console.log('\n(the engine self-check is not on this branch yet: eval/self-check-hook.ts says how it is wired in)');
  if (showErrors > 0) console.log(customerErrors(result, showErrors));
  return 0;
}
