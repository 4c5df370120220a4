namespace Course.Tests.Faults;

/// <summary>
/// The page script that answers quiz cards as a reader does, one loop per card: click an option (a different one each
/// time), click "Vérifier", wait for the grade and then for the final save state, note it, click "Réessayer". The same
/// DOM clicks a reader makes, reach the circuit the same way, but without a Playwright round trip per step: the loops
/// cost the browser almost nothing, so one page answers several cards at once while a fault strikes.
/// </summary>
internal static class AnsweringScript
{
    /// <summary>Argument: <c>[{ id, options: [optionId, ...] }, ...]</c>. State kept in <c>window.faultAnswers</c>.</summary>
    public const string Start = """
        cards => {
          const state = window.faultAnswers = { stop: false, running: 0, error: null, cards: {} };
          // Polls every 20 ms; generous (30 s) because a refused save waits for the database driver to give up.
          const until = (what, probe, timeout = 30000) => new Promise((resolve, reject) => {
            const started = performance.now();
            const tick = () => {
              const found = probe();
              if (found) { resolve(found); }
              else if (performance.now() - started > timeout) { reject(new Error(`no ${what} within ${timeout} ms`)); }
              else { setTimeout(tick, 20); }
            };
            tick();
          });
          const answer = async card => {
            const checked = state.cards[card.id] = [];
            const root = document.querySelector(`[data-question-id='${card.id}']`);
            const action = kind => root.querySelector(`button[data-quiz-action='${kind}']:not([disabled])`);
            for (let i = 0; !state.stop; i++) {
              const option = card.options[i % card.options.length];
              const input = root.querySelector(`[data-option-id='${option}'] input`);
              await until(`enabled option ${option}`, () => !input.disabled);
              input.click();
              const check = await until('"Vérifier" button', () => action('check'));
              const answer = { option, saveState: null, saveText: null };
              checked.push(answer);
              check.click();
              // The grade and the "saving" state come in one render: only a final state seen after it is this answer's.
              await until('grade', () => root.querySelector('[data-answer-state]'));
              const saved = await until('final save state',
                () => root.querySelector("[data-save-state='saved'], [data-save-state='not-saved']"));
              answer.saveText = saved.textContent.trim();
              answer.saveState = saved.dataset.saveState;
              (await until('"Réessayer" button', () => action('retry'))).click();
              await until('"Vérifier" button after "Réessayer"', () => root.querySelector("button[data-quiz-action='check']"));
            }
          };
          for (const card of cards) {
            state.running++;
            answer(card)
              .catch(error => { if (!state.stop) { state.error = `${card.id}: ${error.message}`; } })
              .finally(() => state.running--);
          }
        }
        """;

    /// <summary>The answers so far as JSON: <c>{ running, error, cards: { questionId: [{ option, saveState, saveText }] } }</c>.</summary>
    public const string Read = "() => JSON.stringify(window.faultAnswers)";

    /// <summary>Asks every loop to stop after the answer in progress.</summary>
    public const string Stop = "() => { window.faultAnswers.stop = true; }";
}
