/** The part of local storage acceptance uses. */
export type AcceptanceStorage = Pick<Storage, 'getItem' | 'setItem'>

const keyOf = (workshop: string) => `atelier:conduct:${workshop}`

/** Who is asked to accept the code of conduct: the people who write on boards, facilitators aside. */
export function asksConduct(role: string, view: string): boolean {
  return (role === 'participant' || role === 'rapporteur') && (view === 'board' || view === 'phone')
}

/**
 * Whether this device accepted this version of the code of conduct for this workshop. A device
 * whose storage is refused is asked again on each visit: better twice than never.
 */
export function hasAccepted(
  storage: AcceptanceStorage,
  workshop: string,
  version: number,
): boolean {
  try {
    return Number(storage.getItem(keyOf(workshop))) >= version
  } catch {
    return false
  }
}

/** Remembers on this device that the code of conduct was accepted for this workshop. */
export function recordAcceptance(
  storage: AcceptanceStorage,
  workshop: string,
  version: number,
): void {
  try {
    storage.setItem(keyOf(workshop), String(version))
  } catch {
    // Private browsing may refuse storage: accepted for as long as the page stays open.
  }
}
