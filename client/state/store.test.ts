import { describe, expect, it } from 'vitest';
import { initialState } from './defaults.ts';
import { createAtlasStore, syncAddressBar } from './store.ts';
import { withSharedState } from './url.ts';

describe('the store', () => {
  it('runs actions through the reducer, Undo included', () => {
    const store = createAtlasStore(initialState());
    store.getState().dispatch({ type: 'hide', id: 'body:lga' });
    expect(store.getState().state.hidden).toEqual(['body:lga']);
    store.getState().dispatch({ type: 'undo' });
    expect(store.getState().state.hidden).toEqual([]);
  });

  it('does not notify anyone for an action that changes nothing', () => {
    const store = createAtlasStore(initialState());
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().dispatch({ type: 'undo' });
    store.getState().dispatch({ type: 'collapse', id: 'body:lga' });
    expect(calls).toBe(0);
  });

  it('remembers names chosen in searches, the latest last, within a bound', () => {
    const store = createAtlasStore(initialState());
    for (let index = 0; index < 250; index++)
      store.getState().rememberName({ id: `body:b${index}`, name: `B ${index}` });
    const names = store.getState().names;
    expect(names.size).toBe(200);
    expect(names.get('body:b249')).toBe('B 249');
    expect(names.has('body:b0')).toBe(false);
  });

  it('writes the shareable state to the address bar as it changes, and only then', () => {
    const store = createAtlasStore(withSharedState(initialState(), '?sel=body:socitm&asof=bad'));
    let address = '?sel=body:socitm&asof=bad';
    const written: string[] = [];
    const stop = syncAddressBar(
      store,
      () => address,
      (search) => {
        address = search;
        written.push(search);
      },
    );
    // The bad parameter is dropped at once.
    expect(written).toEqual(['?sel=body:socitm']);
    store.getState().dispatch({ type: 'setAsOf', year: 2011 });
    store.getState().dispatch({ type: 'setPanel', panel: 'paths' });
    expect(written).toEqual(['?sel=body:socitm', '?sel=body:socitm&asof=2011']);
    stop();
    store.getState().dispatch({ type: 'setAsOf', year: 2012 });
    expect(written).toHaveLength(2);
  });
});
