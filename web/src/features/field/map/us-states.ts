import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import atlas from "us-atlas/states-10m.json";

/** The US state outlines (us-atlas, 1:10m, bundled with the app): the offline basemap of route maps. */
export const US_STATES: FeatureCollection<Geometry, { name: string }> = feature(atlas, atlas.objects.states);
