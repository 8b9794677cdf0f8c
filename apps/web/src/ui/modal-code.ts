// Mantine's Modal with its focus trap, scroll lock and transitions (ui/DialogModal.tsx fetches it).
export { Modal } from '@mantine/core';
