// Chapter pages are static HTML with one prerendered interactive component (IslandsAnchor), whose marker starts the
// circuit. The other parts that need the server (quiz cards, chapter end, self-assessment, drawer marks) are plain HTML
// inside [data-island] containers, attached here as JavaScript root components once the anchor runs in the circuit:
// the page carries no data-protected marker per part (docs/architecture.md, "Chapter pages: static with islands").
(() => {
    // Container element → promise of its root component (null if the circuit refused it).
    const attached = new Map();
    let circuitReady = false;

    function attach() {
        circuitReady = true;
        for (const container of document.querySelectorAll("[data-island]")) {
            if (attached.has(container)) continue;
            let parameters;
            try {
                parameters = JSON.parse(container.dataset.islandParams || "{}");
            } catch {
                continue;
            }
            const name = container.dataset.island;
            attached.set(container, window.Blazor.rootComponents.add(container, name, parameters).catch(error => {
                console.error(`Island '${name}' could not be attached.`, error);
                return null;
            }));
        }
    }

    // After an enhanced navigation the document holds the next page's static HTML. The previous page's components leave
    // the circuit; removing one empties its container, so a container the navigation kept in the document is first
    // swapped for a copy of its new static content, which the new component then takes over.
    function detachAll() {
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
