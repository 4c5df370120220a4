// Inlined in the head, before the stylesheets (Layout/RememberedDrawerScript, without its comments): a drawer the
// reader closed on a wide screen (site.js remembers the choice) is closed before the first frame. It watches the parser
// and gives the drawer and the layout MudDrawer's closed classes as soon as the drawer is in the document: mutation
// observers run at the end of each parser task, before any frame is painted. (A script after the page's markup waits
// for the stylesheets, and a frame can be painted between their arrival and the script.) Every layout it sees is the
// server's HTML: the static one of chapters (static-layout.js does the same after each enhanced navigation) and the
// prerendered one of interactive pages, which the circuit's first render replaces with a drawer already in the
// remembered state (Layout/RememberedDrawerChoice). Allowed by its hash in the Content-Security-Policy, so it must not
// change per page. Keep comments on lines of their own: those are stripped, a comment after code would not be.
(() => {
    let remembered = null;
    try {
        remembered = localStorage.getItem("course.drawer");
    } catch {
        // Storage disabled: the drawer stays as the server rendered it.
    }
    if (remembered !== "closed" || !window.matchMedia("(min-width: 960px)").matches) return;
    const close = () => {
        const layout = document.querySelector(".mud-layout");
        const drawer = layout?.querySelector(".mud-drawer");
        if (!drawer) return false;
        drawer.classList.replace("mud-drawer--open", "mud-drawer--closed");
        layout.classList.replace("mud-drawer-open-responsive-md-left", "mud-drawer-close-responsive-md-left");
        return true;
    };
    const parser = new MutationObserver(() => {
        if (close()) parser.disconnect();
    });
    parser.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", () => parser.disconnect(), { once: true });
})();
