import { useEffect } from 'react';

// The server ends a session after 30 minutes without requests (issue 2). A screen full of patient
// names should not stay up after that, so once the user has been idle that long the app asks the
// server; a 401 then takes it back to the login page with the "signed out" notice.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
// A little slack so the check lands after the server's deadline, not just before it (which would
// quietly extend the session).
const GRACE_MS = 30 * 1000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleCheck(active: boolean, check: () => Promise<unknown>, idleMs = IDLE_TIMEOUT_MS): void {
  useEffect(() => {
    if (!active) return;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const arm = () => {
      clearTimeout(timer);
      const wait = Math.max(0, lastActivity + idleMs + GRACE_MS - Date.now());
      timer = setTimeout(fire, wait);
    };
    const fire = () => {
      if (stopped) return;
      // The timer is armed once, not on every keystroke; activity since then just pushes it back.
      if (Date.now() < lastActivity + idleMs + GRACE_MS) return arm();
      // A 401 is handled by the API client; a 200 means another tab kept the session alive.
      check().then(arm, arm);
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };
    // Background tabs throttle timers; re-evaluate as soon as the tab is visible again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') arm();
    };

    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisible);
    arm();
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active, check, idleMs]);
}
