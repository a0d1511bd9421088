declare namespace App {
  interface Locals {
    /** The page frame's data, set by src/middleware.ts. */
    route: import('./data/route-data.ts').RouteData;
  }
}
