// Tells the circuit once when the end of the chapter body scrolls into view.
export function observeEnd(sentinel, component) {
    const observer = new IntersectionObserver(entries => {
        if (entries.some(entry => entry.isIntersecting)) {
            observer.disconnect();
            component.invokeMethodAsync("OnEndReachedAsync");
        }
    });
    observer.observe(sentinel);
    return { stop: () => observer.disconnect() };
}
