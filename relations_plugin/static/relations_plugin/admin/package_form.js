/* The package form, fast: a sticky bar of sections with what is missing, rows ordered by dragging (or buttons),
   a photo's event chosen among the programme rows on the screen, a quote taken by selecting its words in the
   source article's text, a new person's country offered from the visit's countries.
   Without this script the form still works: order numbers, event rows and offsets are plain fields. */
(function () {
  "use strict";

  const SORTABLE = ["participations", "programme_events", "quotes", "agreements", "photos", "linked_articles"];
  let text = {};
  let nextKey = 1;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, (match, name) => (name in values ? values[name] : match));
  }

  function rows(prefix) {
    return Array.from(document.querySelectorAll(`#${prefix}-group .inline-related:not(.empty-form)`));
  }

  function rowIndex(row) {
    return Number(row.id.slice(row.id.lastIndexOf("-") + 1));
  }

  function field(row, name) {
    return row.querySelector(`[name$="-${rowIndex(row)}-${name}"]`);
  }

  function value(row, name) {
    const input = field(row, name);
    return input ? input.value.trim() : "";
  }

  function isDeleted(row) {
    const box = field(row, "DELETE");
    return Boolean(box && box.checked);
  }

  function isChanged(row) {
    return Array.from(row.querySelectorAll("input, select, textarea")).some((input) => {
      if (input.name.endsWith("-sort_order") || input.type === "button") return false;
      if (input.type === "checkbox" || input.type === "radio") return input.checked !== input.defaultChecked;
      if (input.tagName === "SELECT") return Array.from(input.options).some((o) => o.selected !== o.defaultSelected);
      return input.value !== input.defaultValue;
    });
  }

  function keyOf(row) {
    if (!row.dataset.rowKey) row.dataset.rowKey = String(nextKey++);
    return row.dataset.rowKey;
  }

  /* Sections and what is missing */

  const SECTIONS = {
    facts: () => {
      const names = ["headline", "visit_type", "starts_on", "ends_on", "city", "guest_country", "host_country"];
      const visit = document.getElementById("id_visit");
      const missing = names.filter((name) => {
        const input = document.getElementById(`id_${name}`);
        if (!input || (visit && visit.value && name.endsWith("_country"))) return false;
        return !input.value.trim();
      });
      return { count: null, missing: missing.length > 0 };
    },
    participations: () => counted("participations", "person", 2),
    programme_events: () => counted("programme_events", "kind", 1),
    quotes: () => counted("quotes", "text", 1),
    agreements: () => counted("agreements", "title", 0),
    photos: () => counted("photos", "image", 1),
    linked_articles: () => counted("linked_articles", "article", 1),
  };

  function counted(prefix, name, needed) {
    const count = rows(prefix).filter((row) => !isDeleted(row) && value(row, name)).length;
    return { count, missing: count < needed };
  }

  function updateSummary() {
    const summary = document.querySelector("[data-package-summary]");
    if (!summary) return;
    const missing = [];
    summary.querySelectorAll("[data-section]").forEach((item) => {
      const check = SECTIONS[item.dataset.section];
      if (!check) return;
      const state = check();
      item.classList.toggle("is-missing", state.missing);
      const label = state.missing ? text.missing : state.count === null ? text.complete : String(state.count);
      item.querySelector("[data-state]").textContent = `(${label})`;
      if (state.missing) missing.push(item.querySelector("a").textContent);
    });
    summary.querySelector("[data-missing]").textContent = missing.length
      ? format(text.still_missing, { sections: missing.join(", ") })
      : text.nothing_missing;
  }

  /* Ordering */

  let dragged = null;

  function addRowTools(row) {
    if (row.classList.contains("is-sortable")) return;
    const heading = row.querySelector("h3");
    if (!heading) return;
    row.classList.add("is-sortable");
    const tools = document.createElement("span");
    tools.className = "package-row-tools";
    const handle = button(text.drag, "package-row-handle", "⠿");
    handle.draggable = true;
    handle.addEventListener("dragstart", (event) => {
      dragged = row;
      row.classList.add("is-dragged");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", row.id);
      event.dataTransfer.setDragImage(row, 20, 20);
    });
    handle.addEventListener("dragend", () => {
      row.classList.remove("is-dragged");
      dragged = null;
      document.querySelectorAll(".is-drop-target").forEach((el) => el.classList.remove("is-drop-target"));
    });
    const up = button(text.move_up, "", "↑");
    up.addEventListener("click", () => move(row, -1));
    const down = button(text.move_down, "", "↓");
    down.addEventListener("click", () => move(row, 1));
    tools.append(handle, up, down);
    heading.append(tools);
    row.addEventListener("dragover", (event) => {
      if (!dragged || dragged === row || dragged.parentNode !== row.parentNode) return;
      event.preventDefault();
      row.classList.add("is-drop-target");
    });
    row.addEventListener("dragleave", () => row.classList.remove("is-drop-target"));
    row.addEventListener("drop", (event) => {
      if (!dragged || dragged === row || dragged.parentNode !== row.parentNode) return;
      event.preventDefault();
      row.classList.remove("is-drop-target");
      const box = row.getBoundingClientRect();
      row.parentNode.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? row : row.nextSibling);
      changed();
    });
  }

  function button(label, className, symbol) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = className;
    element.textContent = symbol;
    element.title = label;
    element.setAttribute("aria-label", label);
    return element;
  }

  function move(row, step) {
    const siblings = rows(row.id.slice(0, row.id.lastIndexOf("-")));
    const target = siblings[siblings.indexOf(row) + step];
    if (!target) return;
    row.parentNode.insertBefore(row, step < 0 ? target : target.nextSibling);
    row.querySelector(step < 0 ? "h3 button[aria-label]:nth-child(2)" : "h3 button[aria-label]:nth-child(3)").focus();
    changed();
  }

  /* Rows are numbered in the order shown; an untouched new row keeps its number so that it stays empty. */
  function renumber() {
    SORTABLE.forEach((prefix) => {
      let position = 0;
      rows(prefix).forEach((row) => {
        const order = field(row, "sort_order");
        if (order && (row.classList.contains("has_original") || isChanged(row))) order.value = String(position++);
      });
    });
  }

  /* A photo's programme event: the rows of the programme on this screen, saved or not */

  function programmeChoices() {
    return rows("programme_events")
      .filter((row) => !isDeleted(row) && (row.classList.contains("has_original") || eventName(row)))
      .map((row) => ({
        key: keyOf(row),
        index: String(rowIndex(row)),
        label: eventName(row) || format(text.event, { number: rowIndex(row) + 1 }),
      }));
  }

  /* Left empty, an event's title is its kind's name (``ProgrammeEventForm``). */
  function eventName(row) {
    const kind = field(row, "kind");
    const kindName = kind && kind.value ? kind.options[kind.selectedIndex].textContent.trim() : "";
    return value(row, "title") || kindName;
  }

  function updateEventChoices() {
    const choices = programmeChoices();
    document.querySelectorAll('#photos-group select[name$="-event_row"]').forEach((select) => {
      if (select.closest(".empty-form")) return;
      if (select.dataset.rowKey === undefined) {
        const row = rows("programme_events").find((r) => String(rowIndex(r)) === select.value);
        select.dataset.rowKey = row ? keyOf(row) : "";
      }
      const chosen = select.dataset.rowKey;
      const blank = select.options[0] ? select.options[0].textContent : "---------";
      const none = new Option(blank, "");
      none.defaultSelected = !select.dataset.initialKey;
      select.replaceChildren(none);
      choices.forEach((choice) => {
        const option = new Option(choice.label, choice.index);
        option.defaultSelected = choice.key === select.dataset.initialKey;
        option.selected = choice.key === chosen;
        select.append(option);
      });
      if (!choices.some((choice) => choice.key === chosen)) select.value = "";
    });
  }

  function rememberEventChoice(event) {
    const select = event.target;
    if (!select.matches || !select.matches('select[name$="-event_row"]')) return;
    const row = rows("programme_events").find((r) => String(rowIndex(r)) === select.value);
    select.dataset.rowKey = row ? keyOf(row) : "";
  }

  function initEventChoices() {
    document.querySelectorAll('#photos-group select[name$="-event_row"]').forEach((select) => {
      const row = rows("programme_events").find((r) => String(rowIndex(r)) === select.value);
      select.dataset.rowKey = row ? keyOf(row) : "";
      select.dataset.initialKey = select.dataset.rowKey;
    });
  }

  /* A new event's day: the visit's first day, once the editor starts on the row */

  function prefillEventDay(event) {
    const row = event.target.closest("#programme_events-group .inline-related");
    if (!row || row.classList.contains("has_original") || (event.target.name || "").endsWith("starts_at_0")) return;
    const day = field(row, "starts_at_0");
    const start = document.getElementById("id_starts_on");
    if (day && !day.value && start && start.value) day.value = start.value;
  }

  /* A new person's country: the guest's for the first participant, the host's for the others */

  function offerCountry(event) {
    const link = event.target.closest && event.target.closest('#participations-group a[id^="add_id_"]');
    if (!link) return;
    const row = link.closest(".inline-related");
    const summary = document.querySelector("[data-package-summary]");
    const guest = (document.getElementById("id_guest_country") || {}).value || summary.dataset.guest || "";
    const host = (document.getElementById("id_host_country") || {}).value || summary.dataset.host || "";
    const country = rows("participations").indexOf(row) === 0 ? guest : host;
    const url = new URL(link.href, window.location.href);
    if (country) url.searchParams.set("country", country);
    else url.searchParams.delete("country");
    link.href = url.toString();
  }

  /* A quote from a selection in its source article's text */

  const sourceTexts = new Map();

  function sourceText(articleId) {
    const summary = document.querySelector("[data-package-summary]");
    const language = (document.getElementById("id_language") || {}).value || summary.dataset.language || "";
    const key = `${articleId}:${language}`;
    if (!sourceTexts.has(key)) {
      const url = `${summary.dataset.sourceTextUrl.replace(/0\/$/, `${articleId}/`)}?language=${language}`;
      sourceTexts.set(
        key,
        fetch(url, { credentials: "same-origin" }).then((response) => (response.ok ? response.json() : null)),
      );
    }
    return sourceTexts.get(key);
  }

  function offeredArticle(row) {
    const chosen = field(row, "source_article");
    if (chosen && chosen.value) return { id: chosen.value, offered: false };
    const linked = rows("linked_articles")
      .filter((r) => !isDeleted(r))
      .map((r) => field(r, "article"))
      .find((select) => select && select.value);
    return linked ? { id: linked.value, offered: true } : null;
  }

  function quotePanel(row) {
    let panel = row.querySelector(".quote-source");
    if (panel) return panel;
    panel = document.createElement("div");
    panel.className = "quote-source";
    panel.hidden = true;
    const heading = document.createElement("h4");
    const body = document.createElement("div");
    body.className = "quote-source__text";
    body.tabIndex = 0;
    body.setAttribute("role", "region");
    const status = document.createElement("p");
    status.className = "quote-source__status";
    status.setAttribute("aria-live", "polite");
    const use = button(text.use_selection, "", text.use_selection);
    use.addEventListener("click", () => takeSelection(row));
    panel.append(heading, body, status, use);
    body.addEventListener("mouseup", () => takeSelection(row));
    (row.querySelector("fieldset") || row).append(panel);
    row.classList.add("has-quote-source");
    return panel;
  }

  function showSource(row) {
    if (row.closest(".empty-form")) return;
    const article = offeredArticle(row);
    const panel = quotePanel(row);
    if (!article) {
      panel.hidden = true;
      return;
    }
    if (panel.dataset.articleId === article.id) return;
    panel.dataset.articleId = article.id;
    sourceText(article.id).then((source) => {
      if (panel.dataset.articleId !== article.id) return;
      panel.hidden = false;
      const body = panel.querySelector(".quote-source__text");
      panel.querySelector("h4").textContent = source
        ? format(text.select_words, { headline: source.headline })
        : text.no_text;
      body.setAttribute("aria-label", source ? source.headline : text.no_text);
      panel.source = source;
      const start = Number(value(row, "start_offset"));
      const end = Number(value(row, "end_offset"));
      const marked = Boolean(source && value(row, "end_offset"));
      renderSource(body, source ? source.text : "", marked ? start : 0, marked ? end : 0);
      panel.querySelector(".quote-source__status").textContent = marked ? format(text.selected, { start, end }) : "";
    });
  }

  /* The text with the quote's characters marked; offsets count code points, JavaScript strings UTF-16 units. */
  function renderSource(body, all, start, end) {
    const units = (count) => Array.from(all).slice(0, count).join("").length;
    const from = units(start);
    const to = units(end);
    if (to <= from || to > all.length) {
      body.textContent = all;
      return;
    }
    const mark = document.createElement("mark");
    mark.textContent = all.slice(from, to);
    body.replaceChildren(all.slice(0, from), mark, all.slice(to));
  }

  function codePoints(string) {
    return Array.from(string).length;
  }

  function takeSelection(row) {
    const panel = quotePanel(row);
    const body = panel.querySelector(".quote-source__text");
    const selection = window.getSelection();
    if (!panel.source || !selection.rangeCount || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(body);
    before.setEnd(range.startContainer, range.startOffset);
    const all = panel.source.text;
    let start = before.toString().length;
    let end = start + range.toString().length;
    while (start < end && /\s/.test(all[start])) start += 1;
    while (end > start && /\s/.test(all[end - 1])) end -= 1;
    if (start === end) return;
    const words = all.slice(start, end);
    const first = codePoints(all.slice(0, start));
    const last = first + codePoints(words);
    setValue(field(row, "text"), words);
    setValue(field(row, "start_offset"), String(first));
    setValue(field(row, "end_offset"), String(last));
    const source = field(row, "source_article");
    if (source && source.value !== String(panel.source.article_id)) {
      if (!Array.from(source.options).some((option) => option.value === String(panel.source.article_id))) {
        source.append(new Option(panel.source.headline, panel.source.article_id));
      }
      source.value = String(panel.source.article_id);
      if (window.django && django.jQuery) django.jQuery(source).trigger("change");
    }
    panel.querySelector(".quote-source__status").textContent = format(text.selected, { start: first, end: last });
    selection.removeAllRanges();
    renderSource(body, all, first, last);
    changed();
  }

  function setValue(input, newValue) {
    if (!input) return;
    input.value = newValue;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function updateQuoteSources() {
    rows("quotes").forEach(showSource);
  }

  /* Names for the widgets that third-party scripts draw without one (select2, split date and time, filer) */

  function labelWidgets() {
    document.querySelectorAll("#visitcontent_form .select2-container").forEach((container) => {
      const select = container.previousElementSibling;
      const label = select && select.id && document.querySelector(`label[for="${select.id}"]`);
      if (!label) return;
      label.id = label.id || `${select.id}_label`;
      const combobox = container.querySelector('[role="combobox"]');
      const rendered = container.querySelector(".select2-selection__rendered[id]");
      if (combobox) combobox.setAttribute("aria-labelledby", [label.id, rendered && rendered.id].filter(Boolean).join(" "));
      if (rendered) rendered.setAttribute("aria-labelledby", label.id);
      container.querySelectorAll(".select2-search__field").forEach((search) => {
        search.setAttribute("aria-label", label.textContent.replace(/:$/, "").trim());
      });
      container.querySelectorAll("ul.select2-selection__rendered").forEach((list) => {
        list.setAttribute("role", "presentation");
        list.querySelectorAll(":scope > li").forEach((item) => item.setAttribute("role", "presentation"));
      });
    });
    document.querySelectorAll("#visitcontent_form p.datetime input").forEach((input) => {
      if (input.hasAttribute("aria-label")) return;
      const row = input.closest(".form-row");
      const label = row && row.querySelector("label");
      let part = input.previousSibling;
      while (part && !(part.nodeType === Node.TEXT_NODE && part.textContent.trim())) part = part.previousSibling;
      const name = [label && label.textContent, part && part.textContent].filter(Boolean);
      input.setAttribute("aria-label", name.map((t) => t.replace(/:\s*$/, "").trim()).join(" – "));
    });
    document.querySelectorAll("#visitcontent_form .filer-widget a[target=_blank] img:not([alt])").forEach((img) => {
      const selector = img.closest(".js-file-selector");
      const name = selector && selector.querySelector(".description_text");
      img.alt = name ? name.textContent.trim() : "";
    });
  }

  /* Wiring */

  function prepareRows() {
    SORTABLE.forEach((prefix) => {
      const group = document.getElementById(`${prefix}-group`);
      if (!group) return;
      group.classList.add("has-sortable-rows");
      rows(prefix).forEach(addRowTools);
    });
  }

  function changed() {
    labelWidgets();
    prepareRows();
    updateEventChoices();
    updateQuoteSources();
    updateSummary();
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("visitcontent_form");
    const strings = document.getElementById("package-screen-text");
    if (!form || !strings) return;
    text = JSON.parse(strings.textContent);
    initEventChoices();
    changed();
    form.addEventListener("input", (event) => {
      rememberEventChoice(event);
      prefillEventDay(event);
      changed();
    });
    form.addEventListener("change", (event) => {
      rememberEventChoice(event);
      changed();
    });
    document.addEventListener("click", offerCountry, true);
    document.addEventListener("formset:added", changed);
    // Django renumbers the rows after a removed row only once this event has been dispatched.
    document.addEventListener("formset:removed", () => window.setTimeout(changed));
    if (window.django && django.jQuery) {
      django.jQuery(form).on("change", "select", (event) => {
        if (!event.originalEvent) changed();
      });
    }
    form.addEventListener("submit", renumber);
  });
  /* select2 draws its widgets after the DOM is ready; new rows get theirs after "formset:added". */
  window.addEventListener("load", () => {
    labelWidgets();
    document.addEventListener("formset:added", () => window.setTimeout(labelWidgets));
    document.addEventListener("focusin", labelWidgets);
  });
})();
