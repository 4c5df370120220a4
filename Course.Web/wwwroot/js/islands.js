// Chapter pages are static HTML with one prerendered interactive component (the search box), whose marker starts the
// circuit. The other parts that need the server (quiz cards, chapter end, self-assessment, drawer marks) are plain HTML
// inside [data-island] containers, attached here as JavaScript root components once the anchor runs in the circuit:
// the page carries no data-protected marker per part (docs/architecture.md, "Chapter pages: static with islands").
// Each island is attached only when it nears the viewport (about one screen above or below), or at once when the reader
// interacts inside it first: a circuit holds only the components its reader reached (issue 16, memory per circuit).
(() => {
    // Container element → promise of its root component (null if the circuit refused it).
    const attached = new Map();
    // Observed element → its container, for the islands not attached yet.
    const waiting = new Map();
    let observer = null;
    let circuitReady = false;
    // Containers touched by a pointer still pressed: attached once the click is over, so the click lands on the static
    // option (site.js keeps the choice, the card puts it back) rather than on an element the first render removes.
    const afterPress = new Set();
    let pressing = false;
    // Containers the reader interacted with before the circuit ran: attached as soon as it does.
    const touchedEarly = new Set();

    // A container is `display: contents` (Islands/JsIsland): it has no box, so its first element is what intersects.
    const observedElementOf = container => container.firstElementChild ?? container;

    function attachNow(container) {
        if (attached.has(container) || !container.isConnected) return;
        if (!circuitReady) {
            touchedEarly.add(container);
            return;
        }
        const observed = observedElementOf(container);
        observer?.unobserve(observed);
        waiting.delete(observed);
        let parameters;
        try {
            parameters = JSON.parse(container.dataset.islandParams || "{}");
        } catch {
            return;
        }
        const name = container.dataset.island;
        const focusPath = pathTo(container, document.activeElement);
        attached.set(container, window.Blazor.rootComponents.add(container, name, parameters).catch(error => {
            console.error(`Island '${name}' could not be attached.`, error);
            return null;
        }));
        if (focusPath) keepFocus(container, focusPath);
    }

    // The first render empties the container and renders the same markup again: the element that had focus (a keyboard
    // user who tabbed into a card) is replaced. Its position among the container's descendants finds its successor.
    function pathTo(container, element) {
        if (!(element instanceof Element) || element === container || !container.contains(element)) return null;
        const path = [];
        for (let node = element; node !== container; node = node.parentElement) {
            path.unshift([...node.parentElement.children].indexOf(node));
        }
        return path;
    }

    function keepFocus(container, path) {
        const before = document.activeElement;
        const follow = new MutationObserver(() => {
            if (before.isConnected) return;
            let element = container;
            for (const index of path) element = element?.children[index];
            if (!element) return;
            follow.disconnect();
            const focus = document.activeElement;
            if (!focus || focus === document.body) element.focus({ preventScroll: true });
        });
        follow.observe(container, { childList: true, subtree: true });
        setTimeout(() => follow.disconnect(), 10_000);
    }

    function observeAll() {
        observer?.disconnect();
        waiting.clear();
        observer = new IntersectionObserver(entries => {
            for (const entry of entries) {
                const container = waiting.get(entry.target);
                if (entry.isIntersecting && container) attachNow(container);
            }
        }, { rootMargin: "100% 0px" });
        for (const container of document.querySelectorAll("[data-island]")) {
            if (attached.has(container)) continue;
            // An island with no static markup (the chapter end, which knows only in the circuit whether the reader is
            // signed in) has nothing to observe or to interact with: it attaches at once.
            if (touchedEarly.has(container) || !container.firstElementChild) {
                attachNow(container);
                continue;
            }
            const observed = observedElementOf(container);
            waiting.set(observed, container);
            observer.observe(observed);
        }
    }

    // Called by the search box (SearchBox AttachesIslands) once the circuit runs: the islands on screen attach at the observer's first report.
    function attach() {
        circuitReady = true;
        observeAll();
        touchedEarly.clear();
    }

    const islandOf = event => event.target instanceof Element ? event.target.closest("[data-island]") : null;
    const onInteraction = event => {
        const container = islandOf(event);
        if (!container || attached.has(container)) return;
        if (pressing) afterPress.add(container);
        else attachNow(container);
    };
    document.addEventListener("pointerdown", event => {
        pressing = true;
        onInteraction(event);
    }, true);
    const released = () => {
        pressing = false;
        // After the click and change handlers of this press.
        setTimeout(() => {
            for (const container of afterPress) attachNow(container);
            afterPress.clear();
        }, 0);
    };
    document.addEventListener("pointerup", released, true);
    document.addEventListener("pointercancel", released, true);
    document.addEventListener("focusin", onInteraction, true);
    document.addEventListener("keydown", onInteraction, true);

    // After an enhanced navigation the document holds the next page's static HTML. The previous page's components leave
    // the circuit; removing one empties its container, so a container the navigation kept in the document is first
    // swapped for a copy of its new static content, which the new component then takes over.
    function detachAll() {
        observer?.disconnect();
        observer = null;
        waiting.clear();
        afterPress.clear();
        touchedEarly.clear();
        for (const [container, pending] of attached) {
            if (container.isConnected) container.replaceWith(container.cloneNode(true));
            pending.then(component => component?.dispose()).catch(() => { /* the circuit is gone */ });
        }
        attached.clear();
    }

    window.courseIslands = { attach };
    window.courseSite?.blazorStarted.then(() => window.Blazor.addEventListener("enhancedload", () => {
        detachAll();
        if (circuitReady) attach();
    }));
})();
