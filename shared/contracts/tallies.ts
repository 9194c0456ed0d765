import type { TallyDay, TallyItem, TallySaveResult } from '../domain/tallies/types';
import {
  tallyAddItemInput,
  tallyDayInput,
  tallyItemIdInput,
  tallyMoveItemInput,
  tallySaveInput,
  tallyUpdateItemInput,
} from '../schemas/tallies';
import { method, none } from './method';

/** 每日工作量: the items the office counts, and their values per community per day. */
export const tallyContract = {
  /** Every item, active or not, in order. */
  'tallies.items': method(none).returns<TallyItem[]>(),
  'tallies.addItem': method(tallyAddItemInput).returns<TallyItem>(),
  /** Renames, changes the unit, or (de)activates an item. */
  'tallies.updateItem': method(tallyUpdateItemInput).returns<TallyItem>(),
  /** Swaps the item with its neighbour above or below. */
  'tallies.moveItem': method(tallyMoveItemInput).returns<TallyItem[]>(),
  /** Refused (IN_USE) once values were entered for it: deactivate it instead. */
  'tallies.removeItem': method(tallyItemIdInput).returns<{ id: number }>(),
  /** Communities × active items of one day, with who entered each value and when, and totals. */
  'tallies.day': method(tallyDayInput).returns<TallyDay>(),
  /** Writes the given cells in one transaction; null empties a cell. */
  'tallies.save': method(tallySaveInput).returns<TallySaveResult>(),
};
