/* 朗读 (read-aloud, 适老化 语音阅读): speaks the page's title and main text with the browser's own speech synthesis
   in zh-CN, a zh voice when there is one. No speech service: nothing leaves the browser. Loaded by
   reading-settings.js on the first press of the 朗读 button, which that script reveals only where
   `speechSynthesis` exists (it is missing in Android WebViews). Hand-written modern JS, checked against ES2020. */

/** Never spoken: navigation, controls, hidden search words, print-only notes, share and citation boxes. */
const SKIP =
  'nav, aside, form, button, script, style, template, svg, [hidden], [aria-hidden="true"], .visually-hidden, ' +
  '[data-pagefind-ignore], .read-aloud, .breadcrumb';
/** Chrome stops long utterances after about 15 seconds: speak sentence groups of at most this many characters. */
const CHUNK = 120;

/** The visible text of `node` as lines: a break at every element that is not laid out inline. */
function lines(node, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out[out.length - 1] += child.data;
    } else if (child.nodeType === Node.ELEMENT_NODE && !child.matches(SKIP) && child.getClientRects().length > 0) {
      // A definition list reads as "日期：2023年3月17日", several values joined by "，".
      const name = child.localName;
      const inline = name === 'dd' || getComputedStyle(child).display.startsWith('inline');
      if (name === 'dd' && !out[out.length - 1].endsWith('：')) out[out.length - 1] += '，';
      if (!inline) out.push('');
      lines(child, out);
      if (name === 'dt') out[out.length - 1] += '：';
      else if (!inline) out.push('');
    }
  }
  return out;
}

/** Splits paragraphs into chunks of whole sentences, each at most `max` characters (longer sentences alone). */
export function chunks(paragraphs, max = CHUNK) {
  const result = [];
  for (const paragraph of paragraphs) {
    let current = '';
    for (const sentence of paragraph.split(/(?<=[。！？；!?;])/)) {
      if (current && current.length + sentence.length > max) {
        result.push(current);
        current = '';
      }
      current += sentence;
    }
    if (current) result.push(current);
  }
  return result;
}

/** The title and main text of the page, as paragraphs. */
export function pageText(doc = document) {
  const title = doc.querySelector('main h1');
  const body = doc.querySelector('main [data-pagefind-body]') ?? doc.querySelector('main');
  const paragraphs = [];
  if (title) paragraphs.push(title.textContent);
  if (body) {
    for (const line of lines(body, [''])) paragraphs.push(line);
  }
  const seen = new Set();
  return paragraphs
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text && !seen.has(text) && seen.add(text));
}

let generation = 0;

function show(box, state) {
  const busy = state === 'speaking' || state === 'paused';
  box.dataset.state = state;
  for (const button of box.querySelectorAll('button')) {
    const action = button.dataset.action;
    button.hidden = !(
      (action === 'start' && !busy) ||
      (action === 'pause' && state === 'speaking') ||
      (action === 'resume' && state === 'paused') ||
      (action === 'stop' && busy)
    );
  }
  const status = box.querySelector('[role="status"]');
  if (status) status.textContent = box.dataset[state] ?? '';
}

function start(box) {
  const synth = window.speechSynthesis;
  const token = ++generation;
  synth.cancel();
  const voices = synth.getVoices();
  const voice = voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)/i.test(v.lang)) ?? null;
  const parts = chunks(pageText());
  parts.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    if (index === parts.length - 1) {
      utterance.onend = () => {
        if (token === generation) show(box, 'done');
      };
    }
    synth.speak(utterance);
  });
  show(box, 'speaking');
}

/** Acts on a press inside the 朗读 box: start, pause, resume or stop. */
export function readAloud(box, target) {
  const button = target.closest('button[data-action]');
  if (!button || !window.speechSynthesis) return;
  const synth = window.speechSynthesis;
  const action = button.dataset.action;
  if (action === 'start') start(box);
  else if (action === 'pause') synth.pause();
  else if (action === 'resume') synth.resume();
  else {
    generation++;
    synth.cancel();
  }
  show(box, { start: 'speaking', pause: 'paused', resume: 'speaking', stop: 'idle' }[action]);
  // The pressed button is now hidden: keep the keyboard focus in the box.
  box.querySelector('button:not([hidden])')?.focus();
  if (!box.dataset.bound) {
    box.dataset.bound = 'yes';
    window.addEventListener('pagehide', () => synth.cancel());
  }
}
