import React from 'react';
import { mountApp } from '../../shared/mount';
import { CapacityViewApp } from './capacity-view-app';

mountApp(<CapacityViewApp />, 'capacity view');
