// Behaviour that must work on cached, server-rendered chapter HTML, before and after the circuit connects:
// event delegation on the document, so re-rendered markup keeps working.
(() => {
    const copiedLabel = "Copié\u202F!";

    // The site's one clipboard function, also called from Blazor components (JoinCodePanel, PasswordResetLinkButton)
    // as courseSite.copyText. Returns whether the text was copied.
    async function copyText(text) {
        if (navigator.clipboard && window.isSecureContext) {
            try {
                await navigator.clipboard.writeText(text);
                return true;
            } catch {
                // Permission refused: try the old way below.
            }
        }
        // Plain-http classrooms have no async clipboard API.
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        const focused = document.activeElement;
        document.body.appendChild(area);
        area.select();
        let done = false;
        try {
            done = document.execCommand("copy");
        } catch {
            done = false;
        }
        area.remove();
        if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
        return done;
    }

    // One polite live region for the whole page: "Copié !" is heard, not only seen.
    function announce(message) {
        let region = document.getElementById("course-announcer");
        if (!region) {
            region = document.createElement("div");
            region.id = "course-announcer";
            region.className = "visually-hidden";
            region.setAttribute("role", "status");
            region.setAttribute("aria-live", "polite");
            document.body.appendChild(region);
        }
        region.textContent = "";
        // A new text node after a tick, so the same message twice is announced twice.
        setTimeout(() => { region.textContent = message; }, 50);
    }

    document.addEventListener("click", async event => {
        const target = event.target instanceof Element ? event.target : null;
        const wrap = target?.closest("[data-wrap-code]");
        if (wrap) {
            const figure = wrap.closest(".code-block");
            const on = !figure.classList.contains("code-block--wrap");
            figure.classList.toggle("code-block--wrap", on);
            wrap.setAttribute("aria-pressed", on ? "true" : "false");
            return;
        }

        const permalink = target?.closest("a[data-permalink]");
        if (permalink) {
            event.preventDefault();
            const url = new URL(permalink.getAttribute("href"), document.baseURI);
            history.replaceState(history.state, "", url.href);
            document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
            announce(await copyText(url.href) ? "Lien de la section copié\u202F!" : "Copie impossible\u202F: copiez l'adresse de la page.");
            return;
        }

        const button = target?.closest("[data-copy-code]");
        if (!button) return;
        const code = button.closest(".code-block")?.querySelector("pre code");
        if (!code) return;
        if (await copyText(code.textContent)) {
            button.textContent = copiedLabel;
            button.classList.add("code-block__copy--done");
            announce(copiedLabel);
        } else {
            button.textContent = "Échec de la copie";
            announce("Échec de la copie");
        }
        setTimeout(() => {
            button.textContent = "Copier";
            button.classList.remove("code-block__copy--done");
        }, 2000);
    });

    // Table of contents scroll-spy: the entry of the section being read is marked (aria-current), on the cached
    // prerendered page as on the interactive one. Recomputed on scroll, at most once a frame.
    let spyQueued = false;
    function markCurrentSection() {
        spyQueued = false;
        const links = [...document.querySelectorAll(".chapter-toc a[data-toc-target]")];
        if (links.length === 0) return;
        const offset = Math.min(window.innerHeight * 0.3, 160);
        let current = null;
        for (const link of links) {
            const heading = document.getElementById(link.dataset.tocTarget);
            if (heading && heading.getBoundingClientRect().top <= offset) current = link;
        }
        // At the very bottom, the last section is the one being read even if its heading never reaches the top.
        if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = links[links.length - 1];
        current ??= links[0];
        for (const link of links) {
            if (link === current) {
                if (link.getAttribute("aria-current") !== "location") link.setAttribute("aria-current", "location");
            } else if (link.hasAttribute("aria-current")) {
                link.removeAttribute("aria-current");
            }
        }
    }
    const queueSpy = () => {
        if (!spyQueued) {
            spyQueued = true;
            requestAnimationFrame(markCurrentSection);
        }
    };
    window.addEventListener("scroll", queueSpy, { passive: true });
    window.addEventListener("resize", queueSpy);

    // The table of contents is a <details>: open beside the text on a wide screen, folded above it on a phone.
    const wideToc = window.matchMedia("(min-width: 1100px)");
    function prepareToc() {
        const fresh = document.querySelectorAll("details[data-toc-details]:not([data-toc-ready])");
        for (const details of fresh) {
            details.open = wideToc.matches;
            details.setAttribute("data-toc-ready", "");
        }
        if (fresh.length > 0) queueSpy();
    }
    // Blazor re-renders and enhanced navigation bring new tables of contents: prepare each one once.
    new MutationObserver(prepareToc).observe(document.documentElement, { childList: true, subtree: true });
    prepareToc();

    // Course search (Components/Search): "/" focuses the field unless the student is typing somewhere; in the
    // search box, arrow keys move between the field and the result links, Escape returns to the field.
    const isTyping = element =>
        element instanceof Element && (element.isContentEditable || element.closest("input, textarea, select") !== null);

    document.addEventListener("keydown", event => {
        if (event.defaultPrevented) return;
        if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
            const input = document.querySelector("[data-search-input]");
            if (!input) return;
            event.preventDefault();
            input.focus();
            input.select();
            return;
        }
        const box = event.target instanceof Element ? event.target.closest("[data-search-box]") : null;
        if (!box) return;
        const stops = [box.querySelector("[data-search-input]"), ...box.querySelectorAll("[data-search-panel] a")];
        const current = stops.indexOf(document.activeElement);
        if ((event.key === "ArrowDown" || event.key === "ArrowUp") && stops.length > 1 && current >= 0) {
            event.preventDefault();
            const next = event.key === "ArrowDown" ? Math.min(current + 1, stops.length - 1) : Math.max(current - 1, 0);
            stops[next].focus();
        } else if (event.key === "Escape") {
            stops[0]?.focus();
        }
    });

    // Results stay in the page but hide while focus is elsewhere, and come back when the field is focused again.
    document.addEventListener("focusout", event => {
        const box = event.target instanceof Element ? event.target.closest("[data-search-box]") : null;
        if (box && !(event.relatedTarget instanceof Node && box.contains(event.relatedTarget))) {
            box.setAttribute("data-collapsed", "");
        }
    });
    document.addEventListener("focusin", event => {
        const box = event.target instanceof Element ? event.target.closest("[data-search-box]") : null;
        box?.removeAttribute("data-collapsed");
    });

    // Quiz options ticked but not yet checked (Components/Quizzes/QuizCard) are noted in this tab's session storage,
    // in the browser itself: a choice made while the connection is down, or before a reload that replaces a lost
    // circuit, is put back by the card. Only the student's own pending choice is kept, never a grade.
    const pendingQuizKey = "course.quizzes.pending";
    const readPending = () => {
        try {
            return JSON.parse(sessionStorage.getItem(pendingQuizKey) ?? "{}") ?? {};
        } catch {
            return {};
        }
    };
    const writePending = pending => {
        try {
            sessionStorage.setItem(pendingQuizKey, JSON.stringify(pending));
        } catch {
            // Storage full or disabled: the choice is simply not kept.
        }
    };
    document.addEventListener("change", event => {
        const input = event.target instanceof HTMLInputElement ? event.target : null;
        const card = input?.closest("[data-question-id]");
        if (!card || (input.type !== "radio" && input.type !== "checkbox")) return;
        const pending = readPending();
        pending[card.dataset.questionId] = [...card.querySelectorAll("input:checked")].map(i => i.value);
        writePending(pending);
    });

    // Blazor starts (circuit, enhanced navigation) right after the first frame of the server-rendered page is
    // painted, not while the browser is still laying it out: the text shows first, the circuit a frame later.
    // App.razor loads blazor.web.js with autostart="false". Hidden tabs get no animation frames: the timeout starts
    // them anyway.
    // Listeners given to Blazor.addEventListener before it starts are dropped: courseSite.blazorStarted says when.
    let blazorStarted = false;
    let started;
    const whenStarted = new Promise(resolve => { started = resolve; });
    const startBlazor = () => {
        if (blazorStarted || !window.Blazor) return;
        blazorStarted = true;
        Promise.resolve(window.Blazor.start()).then(started);
    };
    requestAnimationFrame(() => setTimeout(startBlazor, 0));
    setTimeout(startBlazor, 1000);

    window.courseSite = {
        rememberTheme: isDark => {
            document.cookie = `course-theme=${isDark ? "dark" : "light"}; path=/; max-age=31536000; samesite=lax`;
        },
        copyText,
        announce,
        blazorStarted: whenStarted,
        // Only a choice made on a wide screen is kept: on a phone the drawer is an overlay that starts closed.
        rememberDrawer: open => {
            if (!window.matchMedia("(min-width: 960px)").matches) return;
            try {
                localStorage.setItem("course.drawer", open ? "open" : "closed");
            } catch {
                // Storage disabled: nothing remembered.
            }
        },
        rememberedDrawer: () => {
            if (!window.matchMedia("(min-width: 960px)").matches) return null;
            try {
                const value = localStorage.getItem("course.drawer");
                return value === null ? null : value === "open";
            } catch {
                return null;
            }
        },
        pendingQuizSelection: questionId => readPending()[questionId] ?? null,
        forgetQuizSelection: questionId => {
            const pending = readPending();
            delete pending[questionId];
            writePending(pending);
        },
    };
})();
