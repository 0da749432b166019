// Prints the evidence model's validation table (README, "Evidence"): the same simulated shops and
// seeds as test/evidence/simulation.test.ts, more of them per cell. Run after `npm run build`.
import { validate, validationTable } from '../dist/evidence/validate.js';

const perCell = Number(process.argv[2] ?? 50);
console.log(validationTable(validate(perCell)));
