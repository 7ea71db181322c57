import React from 'react';
import { mountApp } from '../../shared/mount';
import { AdminApp } from './admin-app';

mountApp(<AdminApp />, 'admin page');
