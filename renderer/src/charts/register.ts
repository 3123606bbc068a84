import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  TimeScale,
  Tooltip,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import annotationPlugin from 'chartjs-plugin-annotation';

/** chart.js is tree-shaken: register only what the app's charts use. Import this before drawing. */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, annotationPlugin);
// Skills and progress: radar by category, level over time (a time axis via the date-fns adapter).
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, LineController, TimeScale, Filler);
