export interface Grid {
  id: number;
  communityId: number;
  name: string;
}

export interface Community {
  id: number;
  name: string;
  grids: Grid[];
}
