// What the controller asks of the screen: a modal question and a notice. Implemented by App.tsx;
// tests of flows drive the real DOM dialogs.
export interface DialogButton {
  id: string;
  label: string;
  primary?: boolean;
}

export interface Question {
  title: string;
  message: string;
  details?: string[];
  buttons: DialogButton[];
}

export type NoticeKind = 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: string;
  details: string[];
}

export interface Ui {
  /** Resolves with the id of the pressed button, or "cancel" when the dialog is dismissed (Esc). */
  ask(question: Question): Promise<string>;
  notify(kind: NoticeKind, message: string, details?: string[]): void;
}
