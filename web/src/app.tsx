import { lazy, Suspense, useCallback } from 'react'
import { useLocation } from 'wouter'
import { AtlasScreen, useScreenState } from './atlas-screen'
import { SignInPage } from './auth/sign-in-page'
import { sheetTargetOf } from './sheet/sheet-target'
import { type StoryRoute, storyRouteOf } from './stories/story-route'
import { useAtlasData } from './use-atlas-data'

// Pages a first visit to the map does not need, each its own chunk.
const IncentivesPage = lazy(() => import('./incentives/incentives-page').then((m) => ({ default: m.IncentivesPage })))
const SiteSheet = lazy(() => import('./sheet/site-sheet').then((m) => ({ default: m.SiteSheet })))
const StoryPlayer = lazy(() => import('./stories/story-player').then((m) => ({ default: m.StoryPlayer })))
const StoryNotes = lazy(() => import('./stories/story-notes').then((m) => ({ default: m.StoryNotes })))
const BigScreen = lazy(() => import('./stories/big-screen').then((m) => ({ default: m.BigScreen })))
const BulletinPage = lazy(() => import('./pipeline/bulletin-page').then((m) => ({ default: m.BulletinPage })))
const StoryHandout = lazy(() => import('./stories/story-handout').then((m) => ({ default: m.StoryHandout })))

const SIGN_IN_PATH = '/signin'
const INCENTIVES_PATH = '/incentives'

/** `/bulletin?year=&quarter=`: the quarter asked, this quarter by default. */
function bulletinOf(search: string) {
  const params = new URLSearchParams(search)
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
  const year = Number(params.get('year')) || Number(today.slice(0, 4))
  const quarter = Number(params.get('quarter')) || Math.ceil(Number(today.slice(5, 7)) / 3)
  return { year, quarter: Math.min(4, Math.max(1, quarter)) }
}

/** `/signin` is the sign-in page, `/incentives` the calculator, `/sheet/…` a printable sheet; any other path the map. */
function usePage() {
  const [path, navigate] = useLocation()
  // The search (board, selection, filters) and the hash (the map's view) come along, so signing in returns to the
  // same board, selection and view.
  const go = useCallback(
    (next: string) => navigate(`${next}${window.location.search}${window.location.hash}`),
    [navigate],
  )
  return {
    signingIn: path === SIGN_IN_PATH,
    incentives: path === INCENTIVES_PATH,
    sheet: sheetTargetOf(path),
    story: storyRouteOf(path),
    bigscreen: path === '/bigscreen',
    bulletin: path === '/bulletin' ? bulletinOf(window.location.search) : null,
    go,
  }
}

export function App() {
  const { data, error } = useAtlasData()
  const { signingIn, incentives, sheet, story, bigscreen, bulletin, go } = usePage()
  const screen = useScreenState()
  if (bulletin)
    return (
      <Suspense fallback={null}>
        <BulletinPage year={bulletin.year} quarter={bulletin.quarter} onBack={() => go('/')} />
      </Suspense>
    )
  if (bigscreen)
    return (
      <Suspense fallback={null}>
        <BigScreen data={data} />
      </Suspense>
    )
  if (story)
    return (
      <Suspense fallback={null}>
        <StoryPage route={story} data={data} />
      </Suspense>
    )
  if (sheet || incentives) {
    return (
      <Suspense fallback={null}>
        {sheet ? <SiteSheet target={sheet} /> : <IncentivesPage onBack={() => go('/')} />}
      </Suspense>
    )
  }
  if (signingIn) return <SignInPage config={data?.config ?? null} onDone={() => go('/')} />
  return (
    <AtlasScreen
      data={data}
      error={error}
      screen={screen}
      onIncentives={() => go(INCENTIVES_PATH)}
      onSignIn={() => go(SIGN_IN_PATH)}
    />
  )
}

/** A story's player, its presenter's notes or its handout (each its own chunk). */
function StoryPage({ route, data }: { route: StoryRoute; data: ReturnType<typeof useAtlasData>['data'] }) {
  if (route.page === 'notes') return <StoryNotes id={route.id} />
  if (route.page === 'handout') return <StoryHandout id={route.id} data={data} />
  return <StoryPlayer id={route.id} data={data} />
}
