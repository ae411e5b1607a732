import { useEffect, useId, useState } from 'react'
import type { ReactNode } from 'react'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { Priority, RecommendationLimits } from '@atelier/model'
import { currentBlock, insertRecommendation, parseActors, updateBlock } from './blocks.js'
import type { BlockState } from './blocks.js'
import { useEditorBoard } from './context.js'
import {
  AddIcon,
  BoldIcon,
  BulletListIcon,
  HeadingIcon,
  ItalicIcon,
  LinkIcon,
  OrderedListIcon,
} from './icons.js'
import { noteExcerpt } from './RecommendationBlock.js'

function readToolbar(editor: Editor) {
  const can = editor.can()
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    heading: editor.isActive('heading'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    canBold: can.toggleBold(),
    canItalic: can.toggleItalic(),
    canHeading: can.toggleHeading({ level: 2 }),
    canBulletList: can.toggleBulletList(),
    canOrderedList: can.toggleOrderedList(),
    block: currentBlock(editor.state),
  }
}

function FormatButton(props: {
  label: string
  active: boolean
  enabled: boolean
  run: () => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className="rec-tool"
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.active}
      disabled={!props.enabled}
      // Keep the caret in the text: the command runs on the selection the writer made.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.run}
    >
      {props.children}
    </button>
  )
}

function ActorsField({ editor, block }: { editor: Editor; block: BlockState }) {
  const { t } = useEditorBoard()
  const id = useId()
  const joined = block.actors.join(', ')
  const [typed, setTyped] = useState(joined)
  // Another writer may change the actors, or the caret may move to another block.
  useEffect(() => setTyped(joined), [joined, block.id])
  const commit = () => {
    const actors = parseActors(typed)
    if (actors.join('\n') !== block.actors.join('\n')) updateBlock(editor, { actors })
    setTyped(actors.join(', '))
  }
  return (
    <div className="rec-field rec-actors-field">
      <label htmlFor={id}>{t('actors.label')}</label>
      <input
        id={id}
        value={typed}
        dir="auto"
        maxLength={RecommendationLimits.actors * (RecommendationLimits.actorLength + 2)}
        placeholder={t('actors.placeholder')}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          event.preventDefault()
          commit()
        }}
      />
    </div>
  )
}

function NotePicker({ editor, block }: { editor: Editor; block: BlockState }) {
  const { notes, citations, t } = useEditorBoard()
  const id = useId()
  const choices = [...notes.values()].filter(
    (note) => !note.hidden && !block.noteIds.includes(note.id),
  )
  return (
    <div className="rec-field rec-link-field">
      <label htmlFor={id}>
        <LinkIcon /> {t('link.label')}
      </label>
      <select
        id={id}
        value=""
        disabled={choices.length === 0 || block.noteIds.length >= RecommendationLimits.noteIds}
        onChange={(event) => {
          const noteId = event.target.value
          if (noteId) updateBlock(editor, { noteIds: [...block.noteIds, noteId] })
        }}
      >
        <option value="">{notes.size === 0 ? t('link.none') : t('link.choose')}</option>
        {choices.map((note) => {
          const cited = citations[note.id] ?? 0
          const suffix = cited > 0 ? ` · ${t('link.cited', { count: cited })}` : ''
          return (
            <option key={note.id} value={note.id}>
              {noteExcerpt(note, t)}
              {suffix}
            </option>
          )
        })}
      </select>
    </div>
  )
}

function BlockControls({ editor, block }: { editor: Editor; block: BlockState | null }) {
  const { t } = useEditorBoard()
  const priorityId = useId()
  if (!block) return <p className="rec-block-hint">{t('toolbar.noBlock')}</p>
  return (
    <div className="rec-block-controls" role="group" aria-label={t('toolbar.block')}>
      <div className="rec-field rec-priority-field">
        <label htmlFor={priorityId}>{t('priority.label')}</label>
        <select
          id={priorityId}
          value={block.priority}
          onChange={(event) => updateBlock(editor, { priority: event.target.value as Priority })}
        >
          {Object.values(Priority).map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </select>
      </div>
      <ActorsField editor={editor} block={block} />
      <NotePicker editor={editor} block={block} />
    </div>
  )
}

/**
 * The writers' toolbar: add a recommendation, the formatting the report can export, and the
 * current block's priority, actors and source notes.
 */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { doc, t } = useEditorBoard()
  const state = useEditorState({ editor, selector: ({ editor: current }) => readToolbar(current) })
  const chain = () => editor.chain().focus()
  return (
    <div className="rec-toolbar">
      <div className="rec-tools" role="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          className="rec-button primary"
          title={t('toolbar.addHint')}
          // The new block goes after the one the caret is in: keep the caret where it is.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => insertRecommendation(editor, doc)}
        >
          <AddIcon /> {t('toolbar.add')}
        </button>
        <span className="rec-tool-separator" aria-hidden="true" />
        <FormatButton
          label={t('toolbar.bold')}
          active={state.bold}
          enabled={state.canBold}
          run={() => chain().toggleBold().run()}
        >
          <BoldIcon />
        </FormatButton>
        <FormatButton
          label={t('toolbar.italic')}
          active={state.italic}
          enabled={state.canItalic}
          run={() => chain().toggleItalic().run()}
        >
          <ItalicIcon />
        </FormatButton>
        <FormatButton
          label={t('toolbar.heading')}
          active={state.heading}
          enabled={state.canHeading}
          run={() => chain().toggleHeading({ level: 2 }).run()}
        >
          <HeadingIcon />
        </FormatButton>
        <FormatButton
          label={t('toolbar.bulletList')}
          active={state.bulletList}
          enabled={state.canBulletList}
          run={() => chain().toggleBulletList().run()}
        >
          <BulletListIcon />
        </FormatButton>
        <FormatButton
          label={t('toolbar.orderedList')}
          active={state.orderedList}
          enabled={state.canOrderedList}
          run={() => chain().toggleOrderedList().run()}
        >
          <OrderedListIcon />
        </FormatButton>
      </div>
      <BlockControls editor={editor} block={state.block} />
    </div>
  )
}
