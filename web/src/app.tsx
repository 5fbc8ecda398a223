import { lazy, Suspense, useCallback } from 'react'
import { useLocation } from 'wouter'
import { AtlasScreen, useScreenState } from './atlas-screen'
import { SignInPage } from './auth/sign-in-page'
import { sheetTargetOf } from './sheet/sheet-target'
import { useAtlasData } from './use-atlas-data'

// Pages a first visit to the map does not need, each its own chunk.
const IncentivesPage = lazy(() => import('./incentives/incentives-page').then((m) => ({ default: m.IncentivesPage })))
const SiteSheet = lazy(() => import('./sheet/site-sheet').then((m) => ({ default: m.SiteSheet })))

const SIGN_IN_PATH = '/signin'
const INCENTIVES_PATH = '/incentives'

/** `/signin` is the sign-in page, `/incentives` the calculator, `/sheet/…` a printable sheet; any other path the map. */
function usePage() {
  const [path, navigate] = useLocation()
  // The search (board, selection, filters) and the hash (the map's view) come along, so signing in returns to the
  // same board, selection and view.
  const go = useCallback(
    (next: string) => navigate(`${next}${window.location.search}${window.location.hash}`),
    [navigate],
  )
  return { signingIn: path === SIGN_IN_PATH, incentives: path === INCENTIVES_PATH, sheet: sheetTargetOf(path), go }
}

export function App() {
  const { data, error } = useAtlasData()
  const { signingIn, incentives, sheet, go } = usePage()
  const screen = useScreenState()
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
