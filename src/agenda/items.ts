import type { Handling } from '../domain/handling';
import { dnrFirst, dnrLabelled, dnrLast, dnrLine } from './dnr';
import { joinLines, type Line } from './normalise';
import { presenterLabel, splitPresenter } from './presenters';
import type { DnrColumn } from './sections';

/**
 * Agenda items (ärenden): where one starts ("5 Budget", "5. Budget", "§ 12 Budget", "15 a) …",
 * "2 SN.2023.38"), which number may follow which, and what the lines of one item say: title
 * (joined across lines), diarienummer (after the number, at the end of the title line, or on its own
 * line after the handlingar), handlingar (bulleted lines or a "Handlingar:" list) and presenter.
 */

/** An item number: the integer and its sub-item letter ("15a" → 15, "a"). */
export interface ItemNumber {
  n: number;
  letter: string;
}

/** The start of an item on a line: its number, and the text after it (empty when the line is just the number). */
export interface ItemStart {
  number: ItemNumber;
  rest: string;
  /** The line is only a number ("5", "§ 12"): its title follows on the next lines. */
  bare: boolean;
}

// "1 Title", "1. Title", "1) Title", "§ 12 Title", "15 a) Title", "15a Title", "15a) Title", "12" alone.
const START = /^(?:§\s*)?(\d{1,3})(?:\s?([a-zåäö])\)|([a-z])\.?(?=\s|$))?[.):]?(?=\s|$)\s*(.*)$/;
// "a) Title" under a numbered item: a sub-item whose number is the parent's.
const LETTER_START = /^([a-z])\)\s+(\p{Lu}.*)$/u;

/** The item that a line starts, or null. A title must begin with a capital, a quote or a diarienummer, so "3 kap. 5 §" or "15, Gnesta" do not start one. */
export function itemStart(text: string): ItemStart | null {
  const m = START.exec(text);
  if (!m || !m[1]) return null;
  const rest = (m[4] ?? '').trim();
  const number = { n: Number(m[1]), letter: m[2] ?? m[3] ?? '' };
  if (!rest) return { number, rest, bare: true };
  if (/^[\p{Lu}"'”»“]/u.test(rest) || dnrFirst(rest)) return { number, rest, bare: false };
  return null;
}

/** A sub-item line "b) Title" for the item being read, or null. */
export function letterStart(text: string, parent: ItemNumber | null): ItemStart | null {
  const m = LETTER_START.exec(text);
  if (!m || !m[1] || !m[2] || !parent) return null;
  return { number: { n: parent.n, letter: m[1] }, rest: m[2], bare: false };
}

/** "15a", "7": the number as the schema stores it. */
export function formatNumber(num: ItemNumber): string {
  return `${num.n}${num.letter}`;
}

/**
 * True when `next` may follow `prev` in an agenda: the next number (small gaps allowed, an item may
 * have been withdrawn), a sub-item (15 → 15a → 15b), or 1 again after a section heading (numbering
 * that restarts per section).
 */
export function followsInSequence(prev: ItemNumber | null, next: ItemNumber, afterHeading: boolean): boolean {
  if (!prev) return true;
  if (next.letter) {
    if (next.n === prev.n) return next.letter.charCodeAt(0) === (prev.letter ? prev.letter.charCodeAt(0) + 1 : 'a'.charCodeAt(0));
    return next.n === prev.n + 1 && next.letter === 'a';
  }
  if (next.n > prev.n && next.n <= prev.n + 3) return true;
  return afterHeading && next.n === 1;
}

/** A draft item as the scan found it: where it starts and the lines that belong to it. */
export interface ItemDraft {
  section: string | null;
  number: ItemNumber;
  line: number;
  head: string;
  body: Line[];
}

/** What an item's lines say. */
export interface ItemContent {
  dnr: string | null;
  title: string;
  handlingar: Handling[];
  presenter: string | null;
}

// Bullets of a handlingar list, including the private-use glyphs Word's PDF export leaves.
const BULLET = /^[-•·*▪‣◦○●■□➢➤►→\uF0A7\uF0B7\uF0D8\uF0FC]\s*(.+)$/u;
const HANDLINGAR_LABEL = /^(?:handlingar|bilagor|bilaga|beslutsunderlag|underlag)\s*(?::\s*(.*))?$/i;
/** True for "Handlingar:" (or "Bilagor:", "Beslutsunderlag:") opening a list of an item's documents. */
export function isHandlingarLabel(text: string): boolean {
  return HANDLINGAR_LABEL.test(text);
}

// A separator left between a diarienummer and the title: "SN.2023.2 · Samordnare".
const LEADING_SEPARATOR = /^[·•|:;,-]\s*/;

/** Reads one item's lines: diarienummer, title, handlingar and presenter. `information` allows a presenter after the title without a label. */
export function readItem(draft: ItemDraft, dnrColumn: DnrColumn, information: boolean): ItemContent {
  let head = draft.head;
  let dnr: string | null = null;
  if (dnrColumn !== 'last') {
    const first = dnrFirst(head);
    if (first) {
      dnr = first.dnr;
      head = first.rest.replace(LEADING_SEPARATOR, '');
    }
  }
  if (!dnr) {
    const last = dnrLast(head) ?? dnrLabelled(head);
    if (last) {
      dnr = last.dnr;
      head = last.rest;
    }
  }
  let presenter: string | null = null;
  const labelled = presenterLabel(head);
  if (labelled) {
    presenter = labelled.presenter;
    head = labelled.before;
  }

  const titleParts: string[] = head ? [head] : [];
  const handlingar: Handling[] = [];
  let listMode: 'none' | 'bullets' | 'label' = 'none';
  let closed = false;
  for (const { text } of draft.body) {
    const ownDnr = dnrLine(text);
    if (ownDnr) {
      dnr ??= ownDnr;
      // A diarienummer printed after the title and handlingar closes the item (Nyköping); one printed before the title does not.
      if (titleParts.length) closed = true;
      continue;
    }
    const label = presenterLabel(text);
    if (label && !label.before) {
      presenter ??= label.presenter;
      if (titleParts.length) closed = true;
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet && bullet[1]) {
      handlingar.push({ title: bullet[1].trim(), ref: null, url: null });
      listMode = 'bullets';
      continue;
    }
    const list = HANDLINGAR_LABEL.exec(text);
    if (list) {
      for (const part of (list[1] ?? '').split(';')) if (part.trim()) handlingar.push({ title: part.trim(), ref: null, url: null });
      listMode = 'label';
      continue;
    }
    if (listMode === 'label') {
      handlingar.push({ title: text, ref: null, url: null });
      continue;
    }
    if (listMode === 'bullets') {
      // A handling's title wrapped onto the next line.
      const lastHandling = handlingar[handlingar.length - 1];
      if (lastHandling && !closed) lastHandling.title = joinLines([lastHandling.title, text]);
      continue;
    }
    if (closed) continue;
    if (!dnr) {
      const last = dnrLast(text);
      if (last) {
        dnr = last.dnr;
        titleParts.push(last.rest);
        continue;
      }
    }
    titleParts.push(text);
  }

  let lines = titleParts;
  if (information && presenter === null) {
    const split = splitPresenter(titleParts);
    lines = split.title;
    presenter = split.presenter;
  }
  return { dnr, title: joinLines(lines), handlingar, presenter };
}
