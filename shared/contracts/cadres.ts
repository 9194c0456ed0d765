import type {
  Branch,
  Cadre,
  CadreImportPreview,
  CadreImportResult,
  CadreImportStart,
  CadrePage,
  CadreUnit,
  GroupResult,
  OrgCounts,
  OrgGroup,
} from '../domain/cadres/types';
import type { StagedFile } from '../platform';
import {
  branchAddInput,
  branchIdInput,
  branchUpdateInput,
  cadreAddInput,
  cadreExportInput,
  cadreIdInput,
  cadreImportIdInput,
  cadreImportStartInput,
  cadreListInput,
  cadreUpdateInput,
  groupAddInput,
  groupIdInput,
  groupListInput,
  groupUpdateInput,
  setBranchInput,
  setMembersInput,
} from '../schemas/cadres';
import { method, none } from './method';

/** 下沉干部: the registry and its organisation (临时党支部, 先锋岗, 突击队, 责任区). */
export const cadreContract = {
  'cadres.list': method(cadreListInput).returns<CadrePage>(),
  'cadres.get': method(cadreIdInput).returns<Cadre>(),
  'cadres.add': method(cadreAddInput).returns<Cadre>(),
  'cadres.update': method(cadreUpdateInput).returns<Cadre>(),
  /** Refused (IN_USE) while sign-ins refer to the person: attendance history is not lost. */
  'cadres.remove': method(cadreIdInput).returns<{ id: number }>(),
  /** The distinct 派出单位 with their head counts, largest first. */
  'cadres.units': method(none).returns<CadreUnit[]>(),
  /** A registry workbook in the official style, staged for platform.saveFile. */
  'cadres.export': method(cadreExportInput).returns<StagedFile>(),
  /** Reads a staged .xlsx/.csv (in process: registries are small) and finds its columns. */
  'cadres.importStart': method(cadreImportStartInput).returns<CadreImportStart>(),
  /** Checks every row against the rules and the registry; nothing is written. */
  'cadres.importPreview': method(cadreImportIdInput).returns<CadreImportPreview>(),
  /** Writes the checked rows in one transaction with one audit row. */
  'cadres.importCommit': method(cadreImportIdInput).returns<CadreImportResult>(),

  'orgs.branches': method(none).returns<Branch[]>(),
  'orgs.addBranch': method(branchAddInput).returns<Branch>(),
  'orgs.updateBranch': method(branchUpdateInput).returns<Branch>(),
  /** Its members leave the branch (they stay in the registry). */
  'orgs.removeBranch': method(branchIdInput).returns<{ id: number }>(),
  /** Puts a person in a branch (null: out of any). A person belongs to at most one branch. */
  'orgs.setBranch': method(setBranchInput).returns<Branch | null>(),
  'orgs.groups': method(groupListInput).returns<OrgGroup[]>(),
  'orgs.addGroup': method(groupAddInput).returns<GroupResult>(),
  'orgs.updateGroup': method(groupUpdateInput).returns<GroupResult>(),
  'orgs.removeGroup': method(groupIdInput).returns<{ id: number }>(),
  /** Replaces a group's members; a 突击队 outside 4–6 people gets a warning, not a refusal. */
  'orgs.setMembers': method(setMembersInput).returns<GroupResult>(),
  /** Per community and in total: 临时党支部, 党员先锋岗, 党员责任区, 突击队, 党员, people. */
  'orgs.counts': method(none).returns<OrgCounts>(),
};
