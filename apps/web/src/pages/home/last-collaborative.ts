const STORAGE_KEY = 'braid.collaborative';

/** The collaborative this device last opened: people in several land back where they were. */
export function lastCollaborative(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberCollaborative(id: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage refused (private browsing): the first collaborative is shown instead; nothing is lost.
  }
}
