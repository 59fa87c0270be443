import { describe, expect, test } from 'vitest';
import { chartHeight, drawChart } from '../../src/charts/draw-chart.js';
import type { FinancingChartData, TimelineChartData } from '../../src/tree/types.js';
import { chartOf, financingData, unknownFinancingData } from './fixtures.js';
import { fakeMeasurer, outside, overlappingTexts, texts } from './helpers.js';

function check(data: TimelineChartData | FinancingChartData, width = 400) {
  const chart = chartOf(data);
  const box = { x: 10, y: 10, width, height: chartHeight(chart, width) };
  const items = drawChart(chart, box, fakeMeasurer);
  expect(outside(items, box, fakeMeasurer)).toEqual([]);
  expect(overlappingTexts(items, fakeMeasurer)).toEqual([]);
  return items;
}

describe('chart edge cases', () => {
  test('a timeline whose dates are not dates ends (an error, or no NaN drawn) instead of running out of memory', () => {
    // The check refuses such dates in the content; a tree made some other way must still not hang.
    const row = { label: 'Fase', start: '2026-01-01', end: 'y', kind: 'range' };
    for (const data of [
      { kind: 'timeline', start: 'x', end: '2026-06-30', rows: [] },
      { kind: 'timeline', start: '2026-01-01', end: 'x', rows: [row] },
    ]) {
      const chart = chartOf(data as unknown as TimelineChartData);
      let items: unknown;
      try {
        items = drawChart(chart, { x: 10, y: 10, width: 400, height: 200 }, fakeMeasurer);
      } catch (err) {
        expect(String(err)).toMatch(/ISO day/);
        continue;
      }
      expect(JSON.stringify(items)).not.toMatch(/null|NaN/);
    }
  });

  test('a timeline without rows draws only its axis', () => {
    const items = check({ kind: 'timeline', start: '2026-01-01', end: '2026-06-30', rows: [] });
    expect(texts(items)).toEqual(expect.arrayContaining(['2026', 'jan', 'jun']));
  });

  test('a ten-year timeline still labels every year without collisions', () => {
    const items = check({
      kind: 'timeline',
      start: '2025-01-01',
      end: '2034-12-31',
      rows: [
        {
          label: 'Lang fase',
          start: '2025-03-01',
          end: '2034-06-30',
          shape: 'range',
          tentative: false,
          dateText: '',
        },
      ],
    });
    for (let y = 2025; y <= 2034; y++) expect(texts(items)).toContain(String(y));
  });

  test('a single-day range is still visible', () => {
    const items = check({
      kind: 'timeline',
      start: '2026-01-01',
      end: '2026-12-31',
      rows: [
        {
          label: 'Én dag',
          start: '2026-05-05',
          end: '2026-05-05',
          shape: 'range',
          tentative: false,
          dateText: '',
        },
      ],
    });
    const bar = items.find((i) => i.type === 'rect' && i.height < 20 && i.width < 5);
    expect(bar && bar.type === 'rect' && bar.width).toBeGreaterThanOrEqual(2);
  });

  test('a financing chart without bars and one with a single bar «Hele perioden»', () => {
    check({ kind: 'financing', bars: [], unresolved: false });
    const single: FinancingChartData = {
      kind: 'financing',
      unresolved: false,
      bars: [{ label: 'Hele perioden', segments: financingData.bars[0]!.segments }],
    };
    expect(texts(check(single))).toContain('Hele perioden');
  });

  test('a chart with nothing known reserves less height than one with amounts', () => {
    expect(chartHeight(chartOf(unknownFinancingData), 400)).toBeLessThan(
      chartHeight(chartOf(financingData), 400),
    );
  });
});
