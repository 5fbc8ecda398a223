import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARTIFACTS, chromiumAvailable, poll, useBrowserServer, watchForErrors } from '../support/browser.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('incentives')

run('the incentive calculator in a real browser', () => {
  it('an investor without an account prices 1800万美元 of foreign capital and learns what 200万美元 more would bring', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}incentives`)
    await page.getByTestId('incentives-page').waitFor()
    await page.getByTestId('incentive-foreign').fill('1800')
    await page.getByTestId('incentive-submit').click()
    await expect.poll(() => page.getByTestId('incentive-total').textContent(), poll).toBe('270') // 18 × 15万元
    await expect(page.getByTestId('incentive-almost').textContent()).resolves.toContain('200')
    await page.screenshot({ path: join(ARTIFACTS, 'incentives.png') })
    await page.getByTestId('incentive-foreign').fill('5000')
    await page.getByTestId('incentive-submit').click()
    await expect.poll(() => page.getByTestId('incentive-total').textContent(), poll).toBe('1,100') // 600 (capped) + 500
    // Scoped to a place: 奉化区's policy in 奉化区; for 象山县 no policy data, not 奉化区's.
    await page.getByTestId('incentive-place').selectOption({ label: '奉化区' })
    await page.getByTestId('incentive-submit').click()
    await expect.poll(() => page.getByTestId('incentive-total').textContent(), poll).toBe('1,100')
    await page.getByTestId('incentive-place').selectOption({ label: '象山县' })
    await page.getByTestId('incentive-submit').click()
    await expect.poll(() => page.getByTestId('incentive-total').textContent(), poll).toBe('0')
    await expect(page.getByTestId('incentive-no-policy').textContent()).resolves.toContain('象山县')
    await page.screenshot({ path: join(ARTIFACTS, 'incentives-no-policy.png') })
    expect(errors).toEqual([])
    await page.close()
  })
})
