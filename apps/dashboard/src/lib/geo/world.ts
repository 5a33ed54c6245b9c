/**
 * The world map's heavy half: chartjs-chart-geo and d3-geo. Imported on
 * demand, when the map is about to be seen, so none of it weighs on the
 * first paint.
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

Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale, Tooltip);

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

/** Every country shape, Antarctica left out as it only takes room. */
export function countryFeaturesOf(topology: Topology): CountryFeature[] {
  return (
    topojson.feature(topology, topology.objects.countries!) as unknown as {
      features: CountryFeature[];
    }
  ).features.filter((feature) => feature.id !== '010');
}

export { Chart };
