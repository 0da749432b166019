// Simulated shops with a known effect of ad spend on sales, to check the evidence model against the
// truth (test/evidence/simulation.test.ts, `npm run evidence:simulate`). Each shop has what real
// small shops have and the model does not fully capture: Poisson orders of varying basket value, a
// multiplicative weekday pattern, a trend, week-to-week shocks (weather, local events) and a holiday.
import { adstock, CARRY_OVER } from './regression.js';
import { Random } from './random.js';

export interface ShopSpec {
  /** Days of daily data. */
  days: number;
  /** Expected orders per day before ads. */
  ordersPerDay: number;
  /** True € of sales per € of ads (with carry-over). */
  effect: number;
  /** How ad spend is laid out: weekly flights on and off, or the same every day (no variation). */
  spend: 'flights' | 'constant';
  seed: number;
}

export interface Shop {
  spec: ShopSpec;
  firstDay: number;
  revenue: Float64Array;
  orders: Float64Array;
  adSpend: Float64Array;
}

/** 2026-01-05, a Monday. */
const FIRST_DAY = 20458;
const BASKET = 30;

export function simulateShop(spec: ShopSpec): Shop {
  const random = new Random(spec.seed);
  const { days } = spec;
  const weekdayFactor = [0.8, 0.9, 0.9, 1, 1.2, 1.5, 0.7].map((f) => f * (0.9 + 0.2 * random.next()));
  const trend = (random.next() - 0.5) * 0.4; // ±20 % over the period
  const weeks = Math.ceil(days / 7);
  const weekShock = Array.from({ length: weeks }, () => Math.exp(0.12 * random.normal()));
  const holiday = Math.floor(random.next() * days);
  const adSpend = new Float64Array(days);
  const level = 10 + 50 * random.next();
  for (let w = 0; w < weeks; w++) {
    const on = random.next() < 0.6;
    for (let d = w * 7; d < Math.min(days, w * 7 + 7); d++) {
      adSpend[d] = spec.spend === 'constant' ? level : on ? Math.round((10 + 50 * random.next()) * 100) / 100 : 0;
    }
  }
  const pressure = adstock(adSpend, CARRY_OVER);
  const perPressure = spec.effect * (1 - CARRY_OVER); // € of sales per unit of pressure
  const revenue = new Float64Array(days);
  const orders = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    const base = spec.ordersPerDay * weekdayFactor[d % 7]! * (1 + trend * (d / days - 0.5)) * weekShock[Math.floor(d / 7)]! * (d === holiday ? 2.5 : 1);
    const extra = (perPressure * pressure[d]!) / BASKET;
    const count = random.poisson(base + extra);
    let sum = 0;
    for (let k = 0; k < count; k++) sum += BASKET * Math.exp(0.4 * random.normal() - 0.08);
    orders[d] = count;
    revenue[d] = Math.round(sum * 100) / 100;
  }
  return { spec, firstDay: FIRST_DAY, revenue, orders, adSpend };
}
