/**
 * The customer part of `npm run eval`: one table for the development pool (golden + held-out A and B, see
 * DEVELOPMENT_SETS), and with `--errors N` its misses by category. `--split even|odd` scores half of the pool by
 * index, as for ESConv: study misses on the even half only and keep a change only when the odd half improves too.
 * `--customers-only` skips the ESConv part. The held-out set (HELD_OUT_SETS) is reported after it: figures only.
 */
import {
  cohensKappa,
  customerErrors,
  customersTable,
  evaluateCustomers,
  DEVELOPMENT_SETS,
  HELD_OUT_SETS,
  loadDevelopment,
  loadHoldout,
  loadSecondLabels,
  SECOND_LABELS_PATH,
  type GoldenCustomer,
  type SecondLabels,
  type NamedChecker,
} from './customers';
import { EvalDataError } from './dataset';
import { checkSuggestion } from './self-check-hook';
import { sentenceCheck, type SuggestionChecker } from './sentence-check';

export function suggestionCheckers(engineSelfCheck: SuggestionChecker | null): NamedChecker[] {
  return [
    { name: 'sentence check', check: sentenceCheck },
    ...(engineSelfCheck ? [{ name: 'engine self-check (checkSuggestion)', check: engineSelfCheck }] : []),
  ];
}

/**
 * How far two annotators agree on the pool's upset and kind labels: the first's are the fixtures', the second's
 * (second-labels.jsonl) were written blind, from the messages alone. What a model's accuracy can be read against.
 */
export function annotatorAgreement(
  development: readonly GoldenCustomer[],
  second: ReadonlyMap<string, SecondLabels>,
): string {
  const upset = cohensKappa(development.map((item) => [item.labels.upset, second.get(item.id)!.upset] as const));
  const kind = cohensKappa(
    development.map((item) => [item.labels.kind ?? 'none', second.get(item.id)!.kind ?? 'none'] as const),
  );
  const figure = ({ agreement, kappa }: { agreement: number; kappa: number }) =>
    `${(100 * agreement).toFixed(1)} % (kappa ${kappa.toFixed(2)})`;
  return `two annotators on the pool (${SECOND_LABELS_PATH.replace(/.*tests\//, 'tests/')} labelled blind): upset ${figure(upset)}, problem kind ${figure(kind)}`;
}

export function runCustomerEval(argv: readonly string[]): number {
  const errorsFlag = argv.indexOf('--errors');
  const showErrors = errorsFlag >= 0 ? Number(argv[errorsFlag + 1] ?? 20) : 0;
  const splitFlag = argv.indexOf('--split');
  const split = splitFlag >= 0 ? argv[splitFlag + 1] : 'all';
  if (split !== 'even' && split !== 'odd' && split !== 'all') {
    console.error(`--split takes even, odd or all (got ${split ?? 'nothing'})`);
    return 2;
  }
  let development: GoldenCustomer[];
  let holdout: GoldenCustomer[];
  let second: ReadonlyMap<string, SecondLabels>;
  try {
    development = loadDevelopment().filter((_, index) => split === 'all' || index % 2 === (split === 'even' ? 0 : 1));
    holdout = loadHoldout();
    second = loadSecondLabels(loadDevelopment());
  } catch (error) {
    if (error instanceof EvalDataError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const engineSelfCheck: SuggestionChecker | null = checkSuggestion;
  const started = performance.now();
  const result = evaluateCustomers(development, suggestionCheckers(engineSelfCheck));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nCustomer development pool${split === 'all' ? '' : ` (${split} half)`}: ${result.messages} real customer messages (${DEVELOPMENT_SETS.join(', ')} in tests/fixtures/customers), ${seconds.toFixed(1)} s\n`,
  );
  console.log(customersTable(result));
  if (!engineSelfCheck)
    console.log('\n(the engine self-check is not on this branch yet: eval/self-check-hook.ts says how it is wired in)');
  if (split === 'all') console.log(`\n${annotatorAgreement(development, second)}`);
  if (showErrors > 0) console.log(customerErrors(result, showErrors));
  if (holdout.length > 0) {
    const heldOut = evaluateCustomers(holdout, suggestionCheckers(engineSelfCheck));
    console.log(
      `\nHeld-out customer set: ${heldOut.messages} real customer messages (${HELD_OUT_SETS.join(', ')}; figures only, never studied line by line, never fitted on)\n`,
    );
    console.log(customersTable(heldOut));
  }
  return 0;
}
