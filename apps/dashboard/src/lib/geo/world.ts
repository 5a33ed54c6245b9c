/**
 * The world map's heavy half: chartjs-chart-geo, d3-geo and the 50m atlas
 * (so Malta and Singapore have shapes). Imported on demand, so none of it
 * weighs on the first page.
 */
import { Chart, Tooltip } from 'chart.js';
import {
  ChoroplethController,
  ColorScale,
  GeoFeature,
  ProjectionScale,
  topojson,
} from 'chartjs-chart-geo';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';

Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale, Tooltip);

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

const topology = atlas as unknown as Topology;

/** Every country shape, Antarctica left out as it only takes room. */
export const countryFeatures: CountryFeature[] = (
  topojson.feature(topology, topology.objects.countries!) as unknown as {
    features: CountryFeature[];
  }
).features.filter((feature) => feature.id !== '010');

export { Chart };
