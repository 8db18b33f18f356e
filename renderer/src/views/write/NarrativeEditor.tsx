/**
 * CodeMirror 6 for one narrative file (front matter included): Markdown mode, undo history and
 * line wrapping. Uncontrolled: the editor owns the text and reports changes. One editor state per
 * section is kept, so switching sections keeps each section's undo history and cursor.
 */
import { defaultKeymap, history, historyKeymap, redo, undo } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { EditorSlot } from '../../state/editor-handle';

interface Props {
  /** Identifies the document (project, language, section): a new key shows another text. */
  docKey: string;
  /** The document's text when it is opened. */
  readText: () => string;
  label: string;
  emptyText: string;
  slot: EditorSlot;
  onChange: (text: string) => void;
}

export function NarrativeEditor({ docKey, readText, label, emptyText, slot, onChange }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const states = useRef(new Map<string, EditorState>());
  const keyRef = useRef(docKey);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const labels = useRef(new Compartment());

  const stateFor = (key: string, doc: string, aria: string, empty: string): EditorState =>
    states.current.get(key) ??
    EditorState.create({
      doc,
      extensions: [
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        markdown(),
        syntaxHighlighting(defaultHighlightStyle),
        EditorView.lineWrapping,
        labels.current.of([EditorView.contentAttributes.of({ 'aria-label': aria, 'aria-multiline': 'true', tabindex: '0' }), placeholder(empty)]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChangeRef.current(u.state.doc.toString());
        }),
      ],
    });

  useEffect(() => {
    const view = new EditorView({ parent: hostRef.current!, state: stateFor(docKey, readText(), label, emptyText) });
    viewRef.current = view;
    slot.set({
      undo: () => void undo(view),
      redo: () => void redo(view),
      insert(snippet) {
        view.dispatch(view.state.replaceSelection(snippet), { scrollIntoView: true, userEvent: 'input' });
        view.focus();
      },
      goToLine(n) {
        const line = view.state.doc.line(Math.min(Math.max(1, n), view.state.doc.lines));
        view.dispatch({ selection: EditorSelection.cursor(line.from), scrollIntoView: true });
        view.focus();
      },
      focus: () => view.focus(),
    });
    return () => {
      states.current.set(keyRef.current, view.state);
      slot.set(null);
      view.destroy();
      viewRef.current = null;
    };
    // Created once; later documents are swapped in below.
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (view === null || keyRef.current === docKey) return;
    states.current.set(keyRef.current, view.state);
    keyRef.current = docKey;
    view.setState(stateFor(docKey, readText(), label, emptyText));
    // Only a new document matters here.
  }, [docKey]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: labels.current.reconfigure([EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', tabindex: '0' }), placeholder(emptyText)]),
    });
  }, [label, emptyText]);

  return <div ref={hostRef} className="narrative-editor" />;
}
