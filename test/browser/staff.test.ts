import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  chromiumAvailable,
  findClickTarget,
  poll,
  renderedCount,
  signInThroughPage,
  useBrowserServer,
  waitForMapIdle,
  watchForErrors,
} from '../support/browser.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('staff')
const PARK_VIEW = '#view=14.3/29.558/121.78'

const signInAs = (page: Page, name: string) => signInThroughPage(page, app.server.url, name, PARK_VIEW)

async function newPage(errors: string[][]) {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
  errors.push(watchForErrors(page))
  return page
}

run('staff in a real browser: sign-in, what each role is offered, edits and history', () => {
  const errors: string[][] = []

  it('the public sees no pipeline and no staff controls', async () => {
    const page = await newPage(errors)
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(`${app.server.url}${PARK_VIEW}`)
    await waitForMapIdle(page)
    expect(await page.getByTestId('toggle-projects').count()).toBe(0)
    expect(await renderedCount(page, 'projects-circle')).toBe(0)
    expect(await renderedCount(page, 'parcels-unpublished')).toBe(0)
    expect(requests.filter((u) => u.includes('/api/projects'))).toEqual([])
    await expect(page.getByTestId('signin-button').textContent()).resolves.toBe('登录')
    await page.close()
  })

  it('a planner signs in, sees unpublished land, edits a parcel and reads its history', async () => {
    const page = await newPage(errors)
    await page.goto(`${app.server.url.replace(/\/$/, '')}/signin`)
    await page.getByTestId('signin-form').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'staff-signin.png') })
    await signInAs(page, 'planner')
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain('规划')
    // Staff data arrives after the map is idle the first time: poll rather than read once.
    await expect.poll(() => renderedCount(page, 'parcels-unpublished'), poll).toBeGreaterThan(0)
    await expect.poll(() => renderedCount(page, 'projects-circle'), poll).toBeGreaterThan(0)
    // Project points sit on top of parcels: hide them to click the land underneath.
    await page.getByTestId('toggle-projects').click()
    const target = (await findClickTarget(page, 'parcels-fill', { status: 'available', published: true }))!
    await page.mouse.click(target.x, target.y)
    const editor = page.getByTestId('parcel-editor')
    await editor.waitFor()
    await editor.getByTestId('edit-start_price').fill('66.6')
    await editor.getByRole('button', { name: '保存' }).click()
    await expect(editor.getByRole('status').textContent()).resolves.toBe('已保存')
    await expect.poll(() => page.getByTestId('history').textContent(), poll).toMatch(/planner.*起始价: .* → 66\.6/)
    await page.screenshot({ path: join(ARTIFACTS, 'staff-planner-parcel.png') })
    await page.getByTestId('user-menu').click()
    expect(await page.getByTestId('manage-users').count()).toBe(0)
    await page.getByTestId('signout').click()
    await page.getByTestId('signin-button').waitFor()
    await expect.poll(() => renderedCount(page, 'parcels-unpublished'), poll).toBe(0)
    await page.close()
  })

  it('a promoter edits a project; a viewer may only read it', async () => {
    const page = await newPage(errors)
    await signInAs(page, 'promoter')
    await expect.poll(() => renderedCount(page, 'projects-circle'), poll).toBeGreaterThan(0)
    const project = (await findClickTarget(page, 'projects-circle'))!
    await page.mouse.click(project.x, project.y)
    await expect(page.getByTestId('feature-panel').textContent()).resolves.toContain('内部资料')
    await page.getByTestId('project-editor').waitFor()
    await page.getByTestId('history').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'staff-promoter-project.png') })
    const viewer = await newPage(errors)
    await signInAs(viewer, 'viewer')
    await expect.poll(() => renderedCount(viewer, 'projects-circle'), poll).toBeGreaterThan(0)
    const same = (await findClickTarget(viewer, 'projects-circle'))!
    await viewer.mouse.click(same.x, same.y)
    await viewer.getByTestId('history').waitFor()
    expect(await viewer.getByTestId('project-editor').count()).toBe(0)
    expect(await viewer.getByTestId('parcel-editor').count()).toBe(0)
    await page.close()
    await viewer.close()
  })

  it('two people edit the same parcel: the later save is refused, reloaded, and keeps what was typed', async () => {
    const [first, second] = [await newPage(errors), await newPage(errors)]
    const openParcel = async (page: Page) => {
      await signInAs(page, page === first ? 'planner' : 'admin')
      await page.getByTestId('toggle-projects').click()
      const target = (await findClickTarget(page, 'parcels-fill', { status: 'reserve' }))!
      await page.mouse.click(target.x, target.y)
      await page.getByTestId('parcel-editor').waitFor()
      return target.properties.code
    }
    expect(await openParcel(first)).toBe(await openParcel(second))
    const price = (page: Page) => page.getByTestId('edit-start_price')
    await price(second).fill('11')
    await second.getByRole('button', { name: '保存' }).click()
    await second.getByText('已保存').waitFor()
    await price(first).fill('22')
    await first.getByRole('button', { name: '保存' }).click()
    await first.getByText(/他人刚修改了此记录/).waitFor()
    await expect(price(first).inputValue()).resolves.toBe('22')
    await first.screenshot({ path: join(ARTIFACTS, 'staff-conflict.png') })
    await first.getByRole('button', { name: '保存' }).click()
    await first.getByText('已保存').waitFor()
    await expect.poll(() => first.getByTestId('history').textContent(), poll).toMatch(/planner.*11 → 22.*admin.* → 11/)
    await first.close()
    await second.close()
  })

  it('an administrator manages accounts and lets a slowed-down colleague in again; no page logged an error (CSP included)', async () => {
    // Someone guesses the viewer's password: the name is slowed down (the unit and API tests time the waits).
    for (let i = 0; i < 4; i++)
      await fetch(`${app.server.url}api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"viewer","password":"guess"}',
      })
    const page = await newPage(errors)
    await signInAs(page, 'admin')
    await page.getByTestId('user-menu').click()
    await page.getByTestId('manage-users').click()
    const panel = page.getByTestId('users-panel')
    await expect.poll(() => panel.locator('table').first().locator('tr').count(), poll).toBe(4)
    const throttles = panel.getByTestId('throttles')
    await expect.poll(() => throttles.textContent(), poll).toMatch(/viewer.*用户名.*次失败/)
    await page.screenshot({ path: join(ARTIFACTS, 'staff-admin-users.png') })
    await throttles.locator('tr', { hasText: 'viewer' }).getByRole('button', { name: '解除' }).click()
    await expect.poll(() => throttles.locator('tr', { hasText: 'viewer' }).count(), poll).toBe(0)
    // The viewer signs in with the password the server generated, typed into the form (no demo chip).
    const viewer = await newPage(errors)
    await viewer.goto(`${app.server.url}signin`)
    const form = viewer.getByTestId('signin-form')
    await form.locator('input[name=username]').fill('viewer')
    await form.locator('input[name=password]').fill(app.server.demoPassword('viewer'))
    await form.getByRole('button', { name: '登录' }).click()
    // Signed in, or refused: a refusal fails here with the form's own words instead of a bare timeout.
    const outcome = viewer.getByTestId('user-menu').or(form.getByRole('alert'))
    await outcome.first().waitFor({ timeout: 60_000 })
    expect(
      await form
        .getByRole('alert')
        .count()
        .then((n) => (n ? form.getByRole('alert').textContent() : '')),
    ).toBe('')
    await viewer.getByTestId('user-menu').waitFor()
    await page.close()
    await viewer.close()
    // The conflict test provokes exactly one refused save; anything else is an error.
    const refused = errors.flat().filter((e) => e.includes('412 (Precondition Failed)'))
    expect(refused).toHaveLength(1)
    expect(errors.flat().filter((e) => !refused.includes(e))).toEqual([])
  })
})
