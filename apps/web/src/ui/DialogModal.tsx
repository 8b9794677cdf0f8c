import type { ModalProps } from '@mantine/core';
import type { ComponentType } from 'react';
import { deferred } from './deferred';

/**
 * Mantine's Modal, fetched after the page is shown (about 8 kB gzipped with its focus trap and
 * scroll lock): every dialog opens on a click, none is part of a first paint.
 */
export const DialogModal = deferred<ModalProps>(() =>
  import('./modal-code').then((module) => module.Modal as ComponentType<ModalProps>),
);
