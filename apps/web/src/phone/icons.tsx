// Small line icons for the phone view's buttons. Each is decorative: its button has a name.

function Icon({ d, filled = false }: { d: string; filled?: boolean }) {
  return (
    <svg
      className="phone-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={d}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

export function StarIcon({ filled }: { filled: boolean }) {
  return (
    <Icon
      filled={filled}
      d="m12 2.5 2.9 6 6.6.8-4.9 4.5 1.3 6.5L12 17.1l-5.9 3.2 1.3-6.5-4.9-4.5 6.6-.8 2.9-6Z"
    />
  )
}

export function PinIcon() {
  return (
    <Icon d="M12 21s-6.5-6.8-6.5-11.5a6.5 6.5 0 0 1 13 0C18.5 14.2 12 21 12 21Zm0-9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z" />
  )
}

export function PencilIcon() {
  return <Icon d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16v4Zm9.5-13.5 4 4" />
}

export function TrashIcon() {
  return <Icon d="M4 7h16M10 11v6m4-6v6M6 7l1 13h10l1-13M9 7V4h6v3" />
}

export function SheetIcon() {
  return <Icon d="M9 4h6v3H9V4Zm-1 1H6v16h12V5h-2M9 11h6m-6 4h6m-6 4h4" />
}
