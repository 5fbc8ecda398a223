import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  chromiumAvailable,
  poll,
  renderedCount,
  renderedFeatures,
  signInThroughPage,
  useBrowserServer,
  waitForMapIdle,
  watchForErrors,
} from '../support/browser.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('imports')
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
/** The dry run's refusal of a file without a CRS is a 400 the browser logs; it is the answer the dialog shows. */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('status of 400'))

run('the upload dialog in a real browser', () => {
  it('a planner previews a land list on the map, takes the CRS it suggests, checks the mapping and units, commits and undoes', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = watchForErrors(page)
    await signInThroughPage(page, app.server.url, 'planner', '?board=imports')
    await page.getByTestId('import-file').setInputFiles(fixture('land-list-xy-swapped.xlsx'))
    await expect.poll(() => page.getByTestId('import-error').textContent(), poll).toContain('很可能是 EPSG:4549')
    await page.getByTestId('import-use-crs').click()
    await expect.poll(() => page.getByTestId('import-row').count(), poll).toBe(3)
    await expect(page.getByTestId('import-row').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^3NB-X1新增59\.97/),
      expect.stringMatching(/^8NB-X2新增22\.49/),
      expect.stringMatching(/^12NB-X3新增56\.22/),
    ])
    await expect(page.getByTestId('import-report').textContent()).resolves.toContain('即测量习惯的 X、Y')
    // The outlines are drawn where they will land, each labelled with its code.
    await expect
      .poll(
        () =>
          renderedFeatures(page, 'import-preview-fill').then((drawn) =>
            drawn.map((f) => f.properties.code as string).sort(),
          ),
        poll,
      )
      .toEqual(expect.arrayContaining(['NB-X1', 'NB-X2', 'NB-X3']))
    await page.screenshot({ path: join(ARTIFACTS, 'imports-preview.png') })
    // Reading the declared area in ㎡ instead of the header's 亩: shown before anything is written, and the report objects.
    await page.getByTestId('import-area-unit').selectOption('m2')
    await page.getByTestId('import-preview').click()
    await expect.poll(() => page.getByTestId('import-area-unit-used').textContent(), poll).toBe('面积按 平方米 读取')
    await expect.poll(() => page.getByTestId('import-summary').textContent(), poll).toContain('3 行有提示')
    await page.getByTestId('import-area-unit').selectOption('')
    // The mapping can be changed: the location column left out.
    await page.getByTestId('import-mapping').getByLabel('土地坐落').selectOption('')
    await page.getByTestId('import-preview').click()
    await expect.poll(() => page.getByTestId('import-summary').textContent(), poll).toContain('0 行有提示')
    await page.getByTestId('import-commit').click()
    await expect
      .poll(() => page.getByTestId('import-committed').textContent(), poll)
      .toMatch(/^已导入：新增 3，更新 0，未变 0/)
    const stored = await page.evaluate(
      async () =>
        (await (await fetch('/api/parcels?q=NB-X&format=json')).json()) as {
          items: { code: string; location_desc: string | null }[]
        },
    )
    expect(stored.items.map((p) => [p.code, p.location_desc || null]).sort()).toEqual([
      ['NB-X1', null],
      ['NB-X2', null],
      ['NB-X3', null],
    ])
    await expect(page.getByTestId('import-batches').textContent()).resolves.toContain('land-list-xy-swapped.xlsx')
    await page.screenshot({ path: join(ARTIFACTS, 'imports-committed.png') })
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByTestId('import-undo').first().click()
    await expect.poll(() => page.getByTestId('import-batches').textContent(), poll).toContain('已撤销')
    const after = await page.evaluate(
      async () => (await (await fetch('/api/parcels?q=NB-X&format=json')).json()) as { items: unknown[] },
    )
    expect(after.items).toEqual([])
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })

  it('shows a bowtie as it would be repaired, in English too; promotion staff have no import', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = watchForErrors(page)
    await signInThroughPage(page, app.server.url, 'planner', '?board=imports')
    await page.getByTestId('lang-switch').click()
    await page.getByTestId('import-file').setInputFiles(fixture('bowtie-4549.geojson'))
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), poll)
      .toBe('2 rows: 2 new, 0 existing; 1 with errors, 0 with warnings')
    await expect(page.getByTestId('import-report').textContent()).resolves.toContain(
      'invalid outline: Self-intersection',
    )
    // Where the ring crosses itself is marked on the map.
    await expect.poll(() => renderedCount(page, 'import-invalid-point'), poll).toBe(1)
    await expect(page.getByTestId('import-commit').isDisabled()).resolves.toBe(true)
    await page.getByTestId('import-repair').check()
    await page.getByTestId('import-preview').click()
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), poll)
      .toBe('2 rows: 2 new, 0 existing; 0 with errors, 1 with warnings')
    await expect(page.getByTestId('import-commit').isEnabled()).resolves.toBe(true)
    await page.screenshot({ path: join(ARTIFACTS, 'imports-bowtie-en.png') })
    // Five bad features in one file: each named in one report; the planner imports the other two.
    await page.getByTestId('import-repair').uncheck()
    await page.getByTestId('import-file').setInputFiles(fixture('five-bad-features-4549.geojson'))
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), poll)
      .toBe('7 rows: 7 new, 0 existing; 5 with errors, 0 with warnings')
    await page.screenshot({ path: join(ARTIFACTS, 'imports-five-bad-en.png') })
    await page.getByTestId('import-commit-good').click()
    await expect
      .poll(() => page.getByTestId('import-committed').textContent(), poll)
      .toMatch(/^Imported: 2 new.*; 5 rows left out \(rows 2, 3, 4, 5, 6\)$/)
    await page.screenshot({ path: join(ARTIFACTS, 'imports-five-bad-committed-en.png') })
    expect(unexpected(errors)).toEqual([])
    const promoter = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInThroughPage(promoter, app.server.url, 'promoter', '?board=imports')
    await expect(promoter.getByTestId('imports-open').count()).resolves.toBe(0)
    await expect(promoter.getByTestId('import-board').count()).resolves.toBe(0)
    await promoter.close()
    await page.close()
  })

  // After the bowtie test, whose commit stored FB-01: the location points join it.
  it('joins a list of location points to stored parcels, and names the outlines of a drawing without labels', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = watchForErrors(page)
    await signInThroughPage(page, app.server.url, 'planner', '?board=imports')
    await page.getByTestId('lang-switch').click()
    // A list of location points (X the northing): FB-01's point joins its parcel, a code nobody has is left out.
    const points = ['地块编号,X,Y,挂牌起始价', 'FB-01,3309050,645050,52', 'FB-99,3309050,645300,53'].join('\r\n')
    const buffer = Buffer.from(points)
    await page.getByTestId('import-file').setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer })
    await expect.poll(() => page.getByTestId('import-error').textContent(), poll).toContain('EPSG:4549')
    await page.getByTestId('import-use-crs').click()
    await expect
      .poll(() => page.getByTestId('import-row').allTextContents(), poll)
      .toEqual([
        expect.stringMatching(/^2FB-01update14\.99/),
        expect.stringMatching(/^3FB-99left out—.*no parcel FB-99/),
      ])
    await expect(page.getByTestId('import-commit').textContent()).resolves.toBe('Import 1 parcel')
    // The surveyors' mapping saved for their next list.
    await page.getByTestId('import-profile-name').fill('测绘院位置点')
    await page.getByTestId('import-profile-save').click()
    await expect.poll(() => page.getByTestId('import-profile-saved').textContent(), poll).toContain('测绘院位置点')
    await page.screenshot({ path: join(ARTIFACTS, 'imports-points-en.png') })
    await page.getByTestId('import-commit').click()
    await expect
      .poll(() => page.getByTestId('import-committed').textContent(), poll)
      .toMatch(/^Imported: 0 new, 1 updated, 0 unchanged \(batch \d+\); 1 row left out \(row 3\)$/)
    // A drawing without labels (read in the coordinate system chosen for the list): outlines named by a running number.
    await page.getByTestId('import-file').setInputFiles(fixture('red-lines-unlabelled-4549.dxf'))
    await expect.poll(() => page.getByTestId('import-summary').textContent(), poll).toContain('2 with errors')
    await expect
      .poll(() => page.getByTestId('import-profile').locator('option').nth(1).textContent(), poll)
      .toBe('测绘院位置点 (used last)')
    await page.getByTestId('import-code-rule').selectOption('number')
    await page.getByTestId('import-code-prefix').fill('FH-2026-')
    await page.getByTestId('import-preview').click()
    await expect
      .poll(() => page.getByTestId('import-row').allTextContents(), poll)
      .toEqual([
        expect.stringMatching(/^1FH-2026-001 \(numbered\)new14\.99/),
        expect.stringMatching(/^2FH-2026-002 \(numbered\)new14\.99/),
      ])
    await waitForMapIdle(page)
    await page.screenshot({ path: join(ARTIFACTS, 'imports-unlabelled-dxf-en.png') })
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })
})
